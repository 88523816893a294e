package nl.cmostamm.portal.web.initiative;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.cmostamm.portal.initiative.Initiative;
import nl.cmostamm.portal.initiative.InitiativeForm;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.web.security.ActiveInitiative;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;

/**
 * Editing the profile of the entered initiative. The form keeps the version it was loaded with;
 * when someone else saved in between, the save is refused with a message and nothing is lost:
 * the user's input stays on screen to compare and retry after reloading.
 */
@Named
@ViewScoped
public class EditInitiative implements Serializable {

    @EJB
    InitiativeService initiatives;

    @Inject
    ActiveInitiative activeInitiative;

    private InitiativeForm form;

    @PostConstruct
    void load() {
        if (!activeInitiative.isManager()) {
            throw new AccessDeniedException("Only board admins and advisors edit the profile");
        }
        form = initiatives.current();
    }

    public void save() {
        Initiative saved = ServiceCall.attempt("profile", () -> initiatives.update(form));
        if (saved != null) {
            activeInitiative.renamed(saved.getName(), saved.getSlug());
            Messages.addFlashGlobalInfo(Texts.text("profile.saved"));
            Navigation.redirect("/app/initiative/home.xhtml");
        }
    }

    public InitiativeForm getForm() {
        return form;
    }
}
