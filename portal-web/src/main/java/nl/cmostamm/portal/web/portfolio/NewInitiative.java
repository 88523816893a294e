package nl.cmostamm.portal.web.portfolio;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import nl.cmostamm.portal.initiative.DefaultThemes;
import nl.cmostamm.portal.initiative.Initiative;
import nl.cmostamm.portal.initiative.InitiativeForm;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;

/** Creating an initiative, for admins and advisors; it starts with the five default themes. */
@Named
@ViewScoped
public class NewInitiative implements Serializable {

    @EJB
    InitiativeService initiatives;

    private final InitiativeForm form = new InitiativeForm();

    public NewInitiative() {
        form.setThemes(new ArrayList<>(DefaultThemes.DUTCH));
        form.setTargetGroups(new ArrayList<>(DefaultThemes.TARGET_GROUPS));
    }

    public void submit() {
        Initiative created = ServiceCall.attempt("initiative", () -> initiatives.create(form));
        if (created != null) {
            Navigation.redirect("/app/enter.xhtml?initiative=" + created.getSlug());
        }
    }

    public InitiativeForm getForm() {
        return form;
    }
}
