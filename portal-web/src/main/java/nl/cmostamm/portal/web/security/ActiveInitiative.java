package nl.cmostamm.portal.web.security;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.cmostamm.portal.security.Admittance;
import nl.cmostamm.portal.security.Standing;

/**
 * The initiative the user has entered, with their standing there. Only {@link EnterInitiative}
 * sets it, after the admission service said yes; every request's tenancy scope comes from here.
 */
@Named
@SessionScoped
public class ActiveInitiative implements Serializable {

    private Admittance admittance;

    void enter(Admittance admittance) {
        this.admittance = admittance;
    }

    public void leave() {
        this.admittance = null;
    }

    public boolean isEntered() {
        return admittance != null;
    }

    public Long getId() {
        return admittance == null ? null : admittance.initiativeId();
    }

    public String getName() {
        return admittance == null ? null : admittance.name();
    }

    public String getSlug() {
        return admittance == null ? null : admittance.slug();
    }

    public Standing getStanding() {
        return admittance == null ? null : admittance.standing();
    }

    /** An advisor of this initiative or an admin of the knowledge centre: keeps survey templates. */
    public boolean isAdvisor() {
        Standing standing = getStanding();
        return standing == Standing.ADVISOR || standing == Standing.ADMIN;
    }

    public boolean isManager() {
        return admittance != null && admittance.standing().mayManage();
    }

    /** After a rename the menu shows the new name. */
    public void renamed(String name, String slug) {
        if (admittance != null) {
            admittance = new Admittance(admittance.initiativeId(), slug, name, admittance.standing());
        }
    }
}
