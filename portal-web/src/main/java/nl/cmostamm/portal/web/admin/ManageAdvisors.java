package nl.cmostamm.portal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.security.AdvisorService;
import nl.cmostamm.portal.security.Invitation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;

/** The list of advisors, adding one (with an invitation link) and switching access off and on. */
@Named
@ViewScoped
public class ManageAdvisors implements Serializable {

    @EJB
    AdvisorService advisors;

    private List<Account> staff;
    private String email;
    private String displayName;
    private String invitationLink;

    @PostConstruct
    void load() {
        staff = advisors.advisors();
    }

    public void add() {
        Invitation invitation = ServiceCall.attempt("advisor", () -> advisors.addAdvisor(email, displayName));
        if (invitation == null) {
            return;
        }
        invitationLink = invitation.link();
        Texts.info(invitation.needsPassword() ? "advisors.invited" : "advisors.added", invitation.email());
        email = null;
        displayName = null;
        staff = advisors.advisors();
    }

    public void toggle(long accountId, boolean active) {
        if (ServiceCall.run(null, () -> advisors.setActive(accountId, active))) {
            Texts.info(active ? "advisors.activated" : "advisors.deactivated");
        }
        staff = advisors.advisors();
    }

    public List<Account> getStaff() {
        return staff;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getInvitationLink() {
        return invitationLink;
    }
}
