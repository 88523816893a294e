package nl.cmostamm.portal.web.workshop;

import static nl.cmostamm.portal.web.shared.BarChart.JSON;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.Serializable;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.web.shared.BarChart;
import nl.cmostamm.portal.web.shared.Focus;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import nl.cmostamm.portal.web.survey.PublicLinks;
import nl.cmostamm.portal.workshop.AnswerItem;
import nl.cmostamm.portal.workshop.ExerciseStep;
import nl.cmostamm.portal.workshop.JoinCodes;
import nl.cmostamm.portal.workshop.Pace;
import nl.cmostamm.portal.workshop.SessionStatus;
import nl.cmostamm.portal.workshop.StepKind;
import nl.cmostamm.portal.workshop.StepResults;
import nl.cmostamm.portal.workshop.WorkshopService;
import nl.cmostamm.portal.workshop.WorkshopSession;
import org.primefaces.PrimeFaces;

/**
 * The presenter's view of a session ({@code /app/workshop/session.xhtml?id=}), made for the
 * projector: the join code large with its QR code, the step everyone is at, and its answers as they
 * arrive (a push tells the page to fetch them). Each control moves the session and pushes the
 * change to every participant's page.
 */
@Named
@ViewScoped
public class Presenter implements Serializable {

    @EJB
    WorkshopService workshops;

    @Inject
    WorkshopPush push;

    @Inject
    PublicLinks links;

    private Long id;
    private WorkshopSession session;
    private StepResults results;
    private String exerciseTitle;
    private String chart;
    private boolean handling;
    private int shown;
    private List<AnswerItem> handlingItems = List.of();
    private final Map<Long, String> groups = new HashMap<>();

    /** The view action: the session, refused as not found when it is not the caller's. */
    public void load() {
        if (id == null) {
            throw new NotFoundException(WorkshopSession.class.getSimpleName());
        }
        session = workshops.session(id);
        shown = session.getCurrentStep();
        read();
        readHandling();
    }

    /**
     * The push's listener. A moved step or a changed state redraws the stage; a new answer only the
     * figures, the count and, when the table of answers is open, a notice in it (the table itself is
     * not redrawn under a presenter typing a group name).
     */
    public void refresh() {
        WorkshopSession before = session;
        session = workshops.session(id);
        boolean changed = before.getStatus() != session.getStatus()
                || before.getPace() != session.getPace()
                || (!session.isEnded() && shown != session.getCurrentStep());
        if (!session.isEnded()) {
            shown = session.getCurrentStep();
        }
        read();
        if (changed) {
            readHandling();
            PrimeFaces.current().ajax().update("stage", "controls");
        } else {
            PrimeFaces.current().ajax().update("liveResults", "controls:count");
            if (handling) {
                PrimeFaces.current().ajax().update("handling:newAnswers");
            }
        }
    }

    /** After the end: shows another step's answers, moving nobody. */
    public void browse(int by) {
        int to = shown + by;
        if (session.isEnded() && to >= 1 && to <= getTotal()) {
            shown = to;
            read();
            readHandling();
            Focus.stayOnSource();
        }
    }

    /** Reads the table of answers again (after the notice that new ones came in). */
    public void reloadHandling() {
        read();
        readHandling();
        Focus.on("handling:toggle");
    }

    public void open() {
        act(() -> workshops.open(id));
    }

    public void next() {
        int to = session.getCurrentStep() + 1;
        if (to <= getTotal()) {
            act(() -> workshops.moveTo(id, to));
        }
    }

    public void previous() {
        int to = session.getCurrentStep() - 1;
        if (to >= 1) {
            act(() -> workshops.moveTo(id, to));
        }
    }

    public void selfPaced() {
        act(() -> workshops.pace(id, Pace.SELF));
    }

    public void presenterPaced() {
        act(() -> workshops.pace(id, Pace.PRESENTER));
    }

    public void close() {
        if (act(() -> workshops.close(id))) {
            Texts.info("workshop.session.closed");
        }
    }

    /** Shows or hides the table where the presenter handles answers (names are in it). */
    public void toggleHandling() {
        handling = !handling;
        readHandling();
        Focus.on("handling:toggle");
    }

    /** Hides, shows, spotlights or picks one answer item, and tells the other presenter pages. */
    public void handle(long itemId, WorkshopService.Handling what) {
        if (handled(() -> workshops.handle(id, itemId, what))) {
            push.answered(id);
            read();
            readHandling();
            Focus.stayOnSource();
        }
    }

    /** Puts an item in the group typed beside it (empty: in none). */
    public void group(long itemId) {
        if (handled(() -> workshops.group(id, itemId, groups.get(itemId)))) {
            push.answered(id);
            read();
            readHandling();
            Focus.stayOnSource();
        }
    }

    /**
     * Runs a handling of one item. A participant who sends an answer again replaces its lines, so
     * the table may name a line that is gone: then it says so and shows the answers as they are.
     */
    private boolean handled(Runnable handling) {
        try {
            return ServiceCall.run("handling", handling);
        } catch (NotFoundException replaced) {
            Texts.error("workshop.handling.changed");
            read();
            readHandling();
            return false;
        }
    }

    private boolean act(Supplier<WorkshopSession> action) {
        WorkshopSession done = ServiceCall.attempt("controls", action);
        if (done == null) {
            return false;
        }
        session = done;
        shown = session.getCurrentStep();
        push.stepChanged(id);
        read();
        readHandling();
        Focus.stayOnSource();
        return true;
    }

    private void read() {
        results = getTotal() == 0 ? null : workshops.results(id, Math.min(shown, getTotal()));
        // read now: a push redraws only the figures, and the stage may next be drawn on another node
        // of the cluster, where the step's lazy link to its exercise can no longer be followed
        exerciseTitle =
                results == null ? null : results.step().getExerciseVersion().title(language());
        chart = chart();
    }

    /** The answers the table of handling shows, with their group names as the fields start. */
    private void readHandling() {
        handlingItems = results == null ? List.of() : results.items();
        groups.clear();
        handlingItems.forEach(i -> groups.put(i.getId(), i.getGroupLabel()));
    }

    // ---- what the page shows

    public Language language() {
        return session.getLanguage();
    }

    public WorkshopSession getSession() {
        return session;
    }

    public StepResults getResults() {
        return results;
    }

    public ExerciseStep getStep() {
        return results == null ? null : results.step();
    }

    /** The title of the exercise the shown step belongs to. */
    public String getExerciseTitle() {
        return exerciseTitle;
    }

    /** How many joined: the step's results count them. */
    public int getParticipants() {
        return results == null ? 0 : results.participants();
    }

    public int getTotal() {
        return session.steps().size();
    }

    public String getCode() {
        return JoinCodes.display(session.getJoinCode());
    }

    /** The short address to go to, shown above the code (the QR code holds it with the code). */
    public String getJoinLink() {
        return links.workshops().replaceFirst("^https?://", "");
    }

    public boolean isScheduled() {
        return session.getStatus() == SessionStatus.SCHEDULED;
    }

    public boolean isEnded() {
        return session.isEnded();
    }

    public boolean isSelfPaced() {
        return session.getPace() == Pace.SELF;
    }

    /** The chart of a choice or scale step's answers (Chart.js), or null for other kinds. */
    public String getChart() {
        return chart;
    }

    private String chart() {
        if (results == null || results.answers().isEmpty()) {
            return null;
        }
        StepKind kind = results.step().getKind();
        if (kind != StepKind.CHOICE && kind != StepKind.SCALE) {
            return null;
        }
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder counts = JSON.createArrayBuilder();
        for (StepResults.Count count : results.counts()) {
            labels.add(count.label());
            counts.add(count.count());
        }
        String answers = Texts.text("workshop.results.answers");
        return BarChart.config(
                kind == StepKind.CHOICE ? "y" : "x",
                labels,
                JSON.createArrayBuilder()
                        .add(JSON.createObjectBuilder()
                                .add("label", answers)
                                .add("data", counts)
                                .add("backgroundColor", BarChart.AFTER_COLOUR)),
                BarChart.countAxis(answers),
                false);
    }

    /** The size class of an item in the word cloud: said once, a few times, or by many. */
    public String weight(StepResults.Count count) {
        long most = results.counts().stream()
                .mapToLong(StepResults.Count::count)
                .max()
                .orElse(1);
        if (count.count() >= Math.max(3, most)) {
            return "cloud-3";
        }
        return count.count() >= 2 ? "cloud-2" : "cloud-1";
    }

    public List<Integer> getColumns() {
        return IntStream.range(0, getStep().options(language()).size()).boxed().toList();
    }

    public List<Integer> getRows() {
        int rows = getStep().rows(language()).size();
        return rows == 0
                ? Collections.singletonList(null)
                : IntStream.range(0, rows).boxed().toList();
    }

    public boolean isHandling() {
        return handling;
    }

    /** The step whose answers the page shows: the group's, or after the end any the presenter browses to. */
    public int getShown() {
        return shown;
    }

    public List<AnswerItem> getHandlingItems() {
        return handlingItems;
    }

    /** Whether answers came in since the table of handling was read. */
    public boolean isNewSinceHandling() {
        return results != null && results.items().size() != handlingItems.size();
    }

    /** The group labels being typed, by item id. */
    public Map<Long, String> getGroups() {
        return groups;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    /** The page's {@code id} parameter as typed: anything but a number is simply no session. */
    public String getIdParam() {
        return id == null ? null : id.toString();
    }

    public void setIdParam(String typed) {
        this.id = typed != null && typed.matches("[0-9]{1,18}") ? Long.valueOf(typed) : null;
    }
}
