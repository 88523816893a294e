package nl.cmostamm.portal.web.activity;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.activity.Activity;
import nl.cmostamm.portal.activity.ActivityForm;
import nl.cmostamm.portal.activity.ActivityService;
import nl.cmostamm.portal.activity.Occurrence;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.initiative.SocietalEffect;
import nl.cmostamm.portal.initiative.TargetGroup;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * One activity ({@code ?id=}): registering a day it took place, the list of registrations, and
 * editing the activity itself, with the societal effect it serves and its target groups chosen
 * from the initiative's own lists. Registering a day again corrects that day.
 */
@Named
@ViewScoped
public class EditActivity implements Serializable {

    @EJB
    ActivityService activities;

    @EJB
    InitiativeService initiatives;

    private Activity activity;
    private List<SocietalEffect> effects;
    private List<TargetGroup> targetGroups;
    private ActivityForm form;
    private Occurrence figures;

    private final LazyDataModel<Occurrence> occurrences = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) activities.countOccurrences(activity.getId());
        }

        @Override
        public List<Occurrence> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return activities.occurrences(activity.getId(), first, pageSize);
        }
    };

    @PostConstruct
    void load() {
        Long id = Navigation.idParameter("id");
        if (id == null) {
            throw new NotFoundException("Activity");
        }
        activity = activities.activity(id);
        form = ActivityForm.of(activity);
        effects = initiatives.effects();
        targetGroups = initiatives.targetGroups();
        blankFigures();
    }

    public void register() {
        Boolean created = ServiceCall.attempt("register", () -> activities.register(activity.getId(), figures));
        if (created != null) {
            Texts.info(created ? "occurrence.registered" : "occurrence.corrected");
            blankFigures();
        }
    }

    public void save() {
        Activity saved = ServiceCall.attempt("activity", () -> activities.save(form));
        if (saved != null) {
            // read again: the version the links' forced increment leaves is the committed one
            activity = activities.activity(saved.getId());
            form = ActivityForm.of(activity);
            Texts.info("activity.saved");
        }
    }

    public void delete() {
        if (ServiceCall.run("activity", () -> activities.delete(form.getId(), form.getVersion()))) {
            Messages.addFlashGlobalInfo(Texts.text("activity.deleted"));
            Navigation.redirect("/app/activity/activities.xhtml");
        }
    }

    public void deleteOccurrence(long id, long version) {
        if (ServiceCall.run(null, () -> activities.deleteOccurrence(id, version))) {
            Texts.info("occurrence.deleted");
        }
    }

    private void blankFigures() {
        figures = new Occurrence();
        figures.setDate(LocalDate.now());
    }

    public Activity getActivity() {
        return activity;
    }

    public ActivityForm getForm() {
        return form;
    }

    public List<SocietalEffect> getEffects() {
        return effects;
    }

    public List<TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public Occurrence getFigures() {
        return figures;
    }

    public LazyDataModel<Occurrence> getOccurrences() {
        return occurrences;
    }
}
