package nl.cmostamm.portal.web.workshop;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.web.shared.Focus;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.workshop.AnswerForm;
import nl.cmostamm.portal.workshop.AnswerItem;
import nl.cmostamm.portal.workshop.ExerciseStep;
import nl.cmostamm.portal.workshop.Pace;
import nl.cmostamm.portal.workshop.Seat;
import nl.cmostamm.portal.workshop.SessionStatus;
import nl.cmostamm.portal.workshop.StepKind;
import nl.cmostamm.portal.workshop.WorkshopAnswer;
import nl.cmostamm.portal.workshop.WorkshopService;
import org.primefaces.PrimeFaces;

/**
 * The participant's page ({@code /workshop/step.xhtml}): the session's current step, or any step
 * when the presenter opened the whole exercise, with the answer form for its kind. It knows the
 * participant only by their cookie; a page opened without one goes to the join page. When the
 * presenter moves the step, the push makes this page fetch its step again; what the participant
 * typed but did not save stays while the step stays the same.
 */
@Named
@ViewScoped
public class ParticipantStep implements Serializable {

    /** A canvas note while the participant edits it. */
    public static class Note implements Serializable {
        private String text;
        private Integer column;
        private Integer row;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Integer getColumn() {
            return column;
        }

        public void setColumn(Integer column) {
            this.column = column;
        }

        public Integer getRow() {
            return row;
        }

        public void setRow(Integer row) {
            this.row = row;
        }
    }

    private static final String RANKED = "answer:rankList:";
    private static final String NOTES = "answer:notesList:";
    /** Where a participant was in each self-paced session, kept in the HTTP session over a reload. */
    private static final String PLACE = ParticipantStep.class.getName() + ".place.";

    @EJB
    WorkshopService workshops;

    @Inject
    WorkshopPush push;

    private Seat seat;
    private int number;
    private ExerciseStep step;
    private String exerciseTitle;
    private boolean answered;
    private String shownAs = "";
    private Integer unsentStep;
    private String unsentText;

    /** What was typed at a step but not sent. */
    private record Draft(String text, String items, Integer choice, List<Integer> ranking, List<Note> notes)
            implements Serializable {}

    private final Map<Integer, Draft> drafts = new HashMap<>();
    private boolean announced;
    private boolean justSaved;
    private String text;
    private String items;
    private Integer choice;
    private List<Integer> ranking = new ArrayList<>();
    private List<Note> notes = new ArrayList<>();

    /** The view action: the seat of this browser, or the join page. */
    public String load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return null;
        }
        seat = seat();
        if (seat == null) {
            return "/workshop/join?faces-redirect=true";
        }
        // self-paced, everyone starts at the first step and a reload returns where one was
        Object place = session().get(PLACE + seat.session().getId());
        show(
                seat.session().getPace() == Pace.SELF
                        ? place instanceof Integer p ? p : 1
                        : seat.session().getCurrentStep());
        return null;
    }

    /**
     * The push's listener: fetch the session again and follow the presenter's step. The page is
     * redrawn only when what it shows changed (step, pace, start or end), so a participant typing
     * an answer keeps what they typed when the push was about something else.
     */
    public void refresh() {
        Seat before = seat;
        seat = seat();
        if (seat == null) {
            return;
        }
        boolean moved = seat.session().getPace() == Pace.PRESENTER
                && number != seat.session().getCurrentStep();
        if (moved) {
            int from = number;
            String typed = keepDraft();
            show(seat.session().getCurrentStep());
            if (typed != null && !seat.mayAnswer(from)) {
                // the group moved on while this participant was typing: nothing is lost silently
                unsentStep = from;
                unsentText = typed;
            }
        }
        if (moved
                || before == null
                || before.session().getStatus() != seat.session().getStatus()
                || before.session().getPace() != seat.session().getPace()) {
            justSaved = false;
            announced = moved
                    || before == null
                    || before.session().getStatus() != seat.session().getStatus();
            PrimeFaces.current().ajax().update("stepArea", "stepAnnouncer");
        }
    }

    /** Self-paced: another step of the session. */
    public void go(int to) {
        refresh();
        if (seat != null && seat.mayAnswer(to)) {
            keepDraft();
            show(to);
            session().put(PLACE + seat.session().getId(), to);
            Focus.on("stepTitle");
        }
    }

    /** This browser's seat, or null. */
    private Seat seat() {
        Seat found = workshops.seat(ParticipantCookie.token()).orElse(null);
        if (found != null) {
            // read now: the steps are counted in later requests (a push that redraws nothing, then a
            // save), which may run on another node of the cluster, where a lazy list cannot be read
            found.session().steps();
        }
        return found;
    }

    private static Map<String, Object> session() {
        return FacesContext.getCurrentInstance().getExternalContext().getSessionMap();
    }

    public void save() {
        AnswerForm form = new AnswerForm();
        form.setText(text);
        form.setItems(items);
        form.setNumber(choice);
        form.setRanking(new ArrayList<>(ranking));
        form.setNotes(notes.stream()
                .map(n -> new AnswerItem.Content(n.getText(), n.getColumn(), n.getRow()))
                .toList());
        String token = ParticipantCookie.token();
        WorkshopAnswer saved = ServiceCall.attempt("answer", () -> workshops.answer(token, number, form));
        announced = false;
        justSaved = saved != null;
        if (saved != null) {
            answered = true;
            shownAs = signature();
            drafts.remove(number);
            push.answered(seat.session().getId());
            Focus.on("answer:save");
        } else {
            // the step may have closed meanwhile: the refusal says so, and the page follows the group
            refresh();
        }
    }

    /** Moves an option up; the focus goes with it, so the next press moves the same option. */
    public void moveUp(int index) {
        if (index > 0 && index < ranking.size()) {
            ranking.add(index - 1, ranking.remove(index));
            Focus.on(RANKED + (index - 1) + (index - 1 == 0 ? ":down" : ":up"));
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < ranking.size() - 1) {
            ranking.add(index + 1, ranking.remove(index));
            Focus.on(RANKED + (index + 1) + (index + 1 == ranking.size() - 1 ? ":up" : ":down"));
        }
    }

    public void addNote() {
        if (notes.size() < 12) {
            notes.add(new Note());
            Focus.on(NOTES + (notes.size() - 1) + ":noteText");
        }
    }

    public void removeNote(int index) {
        if (index >= 0 && index < notes.size()) {
            notes.remove(index);
            Focus.on("answer:addNote");
        }
    }

    /**
     * Keeps what was typed at the shown step but not sent, to be shown again when the participant
     * comes back to it; returns it as text, or null when nothing new was typed.
     */
    private String keepDraft() {
        if (step == null || signature().equals(shownAs)) {
            return null;
        }
        drafts.put(number, new Draft(text, items, choice, List.copyOf(ranking), List.copyOf(notes)));
        String typed = Stream.of(
                        text,
                        items,
                        notes.stream()
                                .map(Note::getText)
                                .filter(t -> t != null && !t.isBlank())
                                .collect(Collectors.joining("\n")))
                .filter(t -> t != null && !t.isBlank())
                .findFirst()
                .orElse(null);
        return typed;
    }

    /** What the form holds, to tell whether anything was typed since the step was shown. */
    private String signature() {
        return String.join(
                "\u0000",
                String.valueOf(text),
                String.valueOf(items),
                String.valueOf(choice),
                ranking.toString(),
                notes.stream()
                        .map(n -> n.getText() + "|" + n.getColumn() + "|" + n.getRow())
                        .toList()
                        .toString());
    }

    private void show(int to) {
        List<ExerciseStep> steps = seat.session().steps();
        if (to != number) {
            unsentStep = null;
            unsentText = null;
        }
        number = Math.max(1, Math.min(to, steps.size()));
        step = steps.isEmpty() ? null : steps.get(number - 1);
        // read now: this view may be restored on another node of a cluster, where the step's lazy
        // link to its exercise can no longer be followed
        exerciseTitle = step == null ? null : step.getExerciseVersion().title(language());
        text = null;
        items = null;
        choice = null;
        notes = new ArrayList<>();
        ranking = step == null
                ? new ArrayList<>()
                : new ArrayList<>(IntStream.range(0, step.options(language()).size())
                        .boxed()
                        .toList());
        WorkshopAnswer own =
                workshops.ownAnswer(ParticipantCookie.token(), number).orElse(null);
        answered = own != null;
        if (own != null) {
            choice = own.getNumberValue();
            switch (step.getKind()) {
                case TEXT ->
                    text = own.getItems().isEmpty()
                            ? null
                            : own.getItems().get(0).getText();
                case ITEMS ->
                    items = String.join(
                            "\n",
                            own.getItems().stream().map(AnswerItem::getText).toList());
                case RANKING ->
                    ranking = new ArrayList<>(
                            own.getItems().stream().map(AnswerItem::getX).toList());
                case CANVAS ->
                    own.getItems().forEach(i -> {
                        Note note = new Note();
                        note.setText(i.getText());
                        note.setColumn(i.getX());
                        note.setRow(i.getY());
                        notes.add(note);
                    });
                default -> {}
            }
        }
        if (step != null && step.getKind() == StepKind.CANVAS && notes.isEmpty()) {
            notes.add(new Note());
        }
        shownAs = signature();
        Draft draft = drafts.get(number);
        if (draft != null) {
            text = draft.text();
            items = draft.items();
            choice = draft.choice();
            ranking = new ArrayList<>(draft.ranking());
            notes = new ArrayList<>(draft.notes());
        }
    }

    // ---- what the page shows

    public Language language() {
        return seat.session().getLanguage();
    }

    public Seat getSeat() {
        return seat;
    }

    public long getSessionId() {
        return seat == null ? 0 : seat.session().getId();
    }

    public boolean isWaiting() {
        return seat != null && seat.session().getStatus() == SessionStatus.SCHEDULED;
    }

    public boolean isEnded() {
        return seat != null && seat.session().getStatus() == SessionStatus.CLOSED;
    }

    public boolean isOpen() {
        return seat != null && step != null && seat.mayAnswer(number);
    }

    public boolean isSelfPaced() {
        return seat != null && seat.session().getPace() == Pace.SELF;
    }

    public int getNumber() {
        return number;
    }

    public int getTotal() {
        return seat == null ? 0 : seat.session().steps().size();
    }

    public ExerciseStep getStep() {
        return step;
    }

    /** The title of the exercise the step belongs to. */
    public String getExerciseTitle() {
        return exerciseTitle;
    }

    public List<String> getOptions() {
        return step == null ? List.of() : step.options(language());
    }

    public List<String> getRows() {
        return step == null ? List.of() : step.rows(language());
    }

    /** The options (or canvas columns) as choices whose value is their number. */
    public List<SelectItem> getOptionItems() {
        return numbered(getOptions());
    }

    /** The canvas rows as choices whose value is their number. */
    public List<SelectItem> getRowItems() {
        return numbered(getRows());
    }

    private static List<SelectItem> numbered(List<String> labels) {
        return IntStream.range(0, labels.size())
                .mapToObj(i -> new SelectItem(i, labels.get(i)))
                .toList();
    }

    public List<Integer> getScale() {
        return step == null || step.getScaleMin() == null
                ? List.of()
                : IntStream.rangeClosed(step.getScaleMin(), step.getScaleMax())
                        .boxed()
                        .toList();
    }

    /** Whether the last push moved the step, so the live region says where the group is now. */
    public boolean isAnnounced() {
        return announced && step != null && isOpen();
    }

    /** Whether the answer was just received, for the screen reader's live region. */
    public boolean isJustSaved() {
        return justSaved;
    }

    /** The step whose typed answer was not sent when the group moved on, or null. */
    public Integer getUnsentStep() {
        return unsentStep;
    }

    public String getUnsentText() {
        return unsentText;
    }

    public boolean isAnswered() {
        return answered;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getItems() {
        return items;
    }

    public void setItems(String items) {
        this.items = items;
    }

    public Integer getChoice() {
        return choice;
    }

    public void setChoice(Integer choice) {
        this.choice = choice;
    }

    public List<Integer> getRanking() {
        return ranking;
    }

    public List<Note> getNotes() {
        return notes;
    }
}
