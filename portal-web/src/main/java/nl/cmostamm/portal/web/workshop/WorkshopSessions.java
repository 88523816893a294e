package nl.cmostamm.portal.web.workshop;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.web.shared.ActiveLocale;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.workshop.ExerciseLibrary;
import nl.cmostamm.portal.workshop.ExerciseVersion;
import nl.cmostamm.portal.workshop.JoinCodes;
import nl.cmostamm.portal.workshop.SessionForm;
import nl.cmostamm.portal.workshop.WorkshopService;
import nl.cmostamm.portal.workshop.WorkshopSession;

/**
 * The advisor's workshops ({@code /app/workshop/sessions.xhtml}): their sessions, newest first,
 * planning a new one from the exercise library, and the library itself to read before choosing.
 */
@Named
@ViewScoped
public class WorkshopSessions implements Serializable {

    @EJB
    WorkshopService workshops;

    @EJB
    ExerciseLibrary library;

    @Inject
    ActiveLocale activeLocale;

    private List<WorkshopSession> sessions;
    private List<ExerciseVersion> exercises;
    private List<ExerciseVersion> retired;
    private Map<Long, String> initiatives;
    private SessionForm form = new SessionForm();

    @PostConstruct
    void load() {
        sessions = workshops.sessions();
        // by title in the reader's language: the order of the list is the order of a planned session
        Language language = activeLocale.isEnglish() ? Language.EN : Language.NL;
        exercises = library.current().stream()
                .sorted(Comparator.comparing(
                        (ExerciseVersion v) -> v.title(language), Collator.getInstance(language.locale())))
                .toList();
        retired = library.retired();
        initiatives = workshops.initiatives();
    }

    /** Plans the session and opens its presenter view. */
    public String schedule() {
        WorkshopSession planned = ServiceCall.attempt("plan", () -> workshops.schedule(form));
        if (planned == null) {
            return null;
        }
        return "/app/workshop/session?faces-redirect=true&id=" + planned.getId();
    }

    public String code(WorkshopSession session) {
        return JoinCodes.display(session.getJoinCode());
    }

    /** The initiative a session works for, by name, or null. */
    public String initiative(WorkshopSession session) {
        return session.getInitiativeId() == null ? null : initiatives.get(session.getInitiativeId());
    }

    public List<WorkshopSession> getSessions() {
        return sessions;
    }

    public List<ExerciseVersion> getExercises() {
        return exercises;
    }

    /** Exercises taken out of the library, to open and put back. */
    public List<ExerciseVersion> getRetired() {
        return retired;
    }

    public List<Map.Entry<Long, String>> getInitiatives() {
        return new ArrayList<>(initiatives.entrySet());
    }

    public SessionForm getForm() {
        return form;
    }
}
