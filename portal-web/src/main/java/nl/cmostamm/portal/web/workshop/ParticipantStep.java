package nl.cmostamm.portal.web.workshop;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.workshop.AnswerForm;
import nl.cmostamm.portal.workshop.AnswerItem;
import nl.cmostamm.portal.workshop.ExerciseStep;
import nl.cmostamm.portal.workshop.Pace;
import nl.cmostamm.portal.workshop.Seat;
import nl.cmostamm.portal.workshop.SessionStatus;
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

    @EJB
    WorkshopService workshops;

    @Inject
    WorkshopPush push;

    private Seat seat;
    private int number;
    private ExerciseStep step;
    private boolean answered;
    private boolean announced;
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
        seat = workshops.seat(ParticipantCookie.token()).orElse(null);
        if (seat == null) {
            return "/workshop/join?faces-redirect=true";
        }
        show(seat.session().getCurrentStep());
        return null;
    }

    /**
     * The push's listener: fetch the session again and follow the presenter's step. The page is
     * redrawn only when what it shows changed (step, pace, start or end), so a participant typing
     * an answer keeps what they typed when the push was about something else.
     */
    public void refresh() {
        Seat before = seat;
        seat = workshops.seat(ParticipantCookie.token()).orElse(null);
        if (seat == null) {
            return;
        }
        boolean moved = seat.session().getPace() == Pace.PRESENTER
                && number != seat.session().getCurrentStep();
        if (moved) {
            show(seat.session().getCurrentStep());
        }
        if (moved
                || before == null
                || before.session().getStatus() != seat.session().getStatus()
                || before.session().getPace() != seat.session().getPace()) {
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
            show(to);
        }
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
        if (saved != null) {
            answered = true;
            push.answered(seat.session().getId());
        } else {
            // the step may have closed meanwhile: the refusal says so, and the page follows the group
            refresh();
        }
    }

    public void moveUp(int index) {
        if (index > 0 && index < ranking.size()) {
            ranking.add(index - 1, ranking.remove(index));
        }
    }

    public void moveDown(int index) {
        if (index >= 0 && index < ranking.size() - 1) {
            ranking.add(index + 1, ranking.remove(index));
        }
    }

    public void addNote() {
        if (notes.size() < 12) {
            notes.add(new Note());
        }
    }

    public void removeNote(int index) {
        if (index >= 0 && index < notes.size()) {
            notes.remove(index);
        }
    }

    private void show(int to) {
        List<ExerciseStep> steps = seat.session().steps();
        number = Math.max(1, Math.min(to, steps.size()));
        step = steps.isEmpty() ? null : steps.get(number - 1);
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
        if (step != null && step.getKind() == nl.cmostamm.portal.workshop.StepKind.CANVAS && notes.isEmpty()) {
            notes.add(new Note());
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
        return step == null ? null : step.getExerciseVersion().title(language());
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
