package nl.cmostamm.portal.web.activity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.activity.Activity;
import nl.cmostamm.portal.activity.ActivityForm;
import nl.cmostamm.portal.activity.ActivityService;
import nl.cmostamm.portal.activity.ActivitySummary;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;

/** The activities register: every activity with how often it ran and how many came; adding one. */
@Named
@ViewScoped
public class Activities implements Serializable {

    @EJB
    ActivityService activities;

    private List<ActivitySummary> summaries;
    private ActivityForm added = new ActivityForm();

    @PostConstruct
    void load() {
        summaries = activities.summaries();
    }

    public void add() {
        Activity saved = ServiceCall.attempt("add", () -> activities.save(added));
        if (saved != null) {
            Messages.addFlashGlobalInfo(Texts.text("activity.created"));
            Navigation.redirect("/app/activity/activity.xhtml?id=" + saved.getId());
        }
    }

    public List<ActivitySummary> getSummaries() {
        return summaries;
    }

    public ActivityForm getAdded() {
        return added;
    }
}
