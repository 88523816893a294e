package nl.cmostamm.portal.web.logbook;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.cmostamm.portal.logbook.HelpCategory;
import nl.cmostamm.portal.logbook.LogbookService;
import nl.cmostamm.portal.logbook.VolunteerForm;
import nl.cmostamm.portal.security.Standing;
import nl.cmostamm.portal.web.security.ActiveInitiative;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;

/** A volunteer, new or {@code ?id=}: contact, availability, skills, and the kinds of help they like. */
@Named
@ViewScoped
public class EditVolunteer implements Serializable {

    @EJB
    LogbookService logbook;

    @Inject
    ActiveInitiative activeInitiative;

    private VolunteerForm form;
    private List<HelpCategory> categories;

    @PostConstruct
    void load() {
        Long id = Navigation.idParameter("id");
        categories = logbook.categories();
        if (id == null) {
            form = new VolunteerForm();
            form.setActiveSince(LocalDate.now());
        } else {
            form = VolunteerForm.of(logbook.volunteer(id));
        }
    }

    public void save() {
        boolean created = form.isNew();
        if (ServiceCall.attempt("volunteer", () -> logbook.saveVolunteer(form)) != null) {
            Messages.addFlashGlobalInfo(Texts.text(created ? "volunteer.created" : "volunteer.saved"));
            Navigation.redirect("/app/logbook/volunteers.xhtml");
        }
    }

    public void remove() {
        Boolean anonymised =
                ServiceCall.attempt("volunteer", () -> logbook.removeVolunteer(form.getId(), form.getVersion()));
        if (anonymised != null) {
            Messages.addFlashGlobalInfo(Texts.text(anonymised ? "volunteer.anonymised" : "volunteer.deleted"));
            Navigation.redirect("/app/logbook/volunteers.xhtml");
        }
    }

    public boolean isManager() {
        return activeInitiative.isManager();
    }

    /** Contact details are the board's and its advisors'; the knowledge centre's admins do not see them. */
    public boolean isContactVisible() {
        return activeInitiative.getStanding() != Standing.ADMIN;
    }

    public VolunteerForm getForm() {
        return form;
    }

    public List<HelpCategory> getCategories() {
        return categories;
    }
}
