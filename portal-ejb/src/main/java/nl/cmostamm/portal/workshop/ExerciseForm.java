package nl.cmostamm.portal.workshop;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.shared.EditForm;

/**
 * The next version of an exercise as an advisor writes it: its texts in Dutch and English and its
 * steps in order. Opened on an existing exercise it starts as a copy of the newest version and
 * carries the exercise's version, so that a save after another advisor's is a conflict rather than
 * a second version with the same number. Nothing is checked here: {@link ExerciseLibrary#save}
 * refuses what does not fit ({@link ExerciseRules}) at its field, a step's field as
 * {@code steps:<index>:<field>} with the index counted from 0, as the page's list of steps counts.
 */
public class ExerciseForm extends EditForm {

    /** The most steps an exercise has; the seeded ones have up to eight. */
    public static final int MAX_STEPS = 12;

    private String code;
    private int basedOn;
    private boolean retired;
    private String titleNl;
    private String titleEn;
    private String summaryNl;
    private String summaryEn;
    private Integer minutes;
    private List<StepForm> steps = new ArrayList<>();

    /** A new exercise with one empty step to start from. */
    static ExerciseForm blank() {
        ExerciseForm form = new ExerciseForm();
        form.addStep();
        return form;
    }

    /** A copy of {@code newest}, to become the next version of its exercise. */
    static ExerciseForm of(ExerciseVersion newest) {
        Exercise exercise = newest.getExercise();
        ExerciseForm form = new ExerciseForm();
        form.id = exercise.getId();
        form.version = exercise.getVersion();
        form.code = exercise.getCode();
        form.retired = exercise.isRetired();
        form.basedOn = newest.getNumber();
        form.titleNl = newest.title(Language.NL);
        form.titleEn = newest.title(Language.EN);
        form.summaryNl = newest.summary(Language.NL);
        form.summaryEn = newest.summary(Language.EN);
        form.minutes = newest.getMinutes();
        for (ExerciseStep step : newest.getSteps()) {
            form.steps.add(StepForm.of(step));
        }
        return form;
    }

    /** Adds an empty text step at the end, unless the exercise has {@link #MAX_STEPS} already. */
    public boolean addStep() {
        if (steps.size() >= MAX_STEPS) {
            return false;
        }
        steps.add(new StepForm());
        return true;
    }

    /** Takes out the step at {@code index} (from 0); an index outside the list changes nothing. */
    public void removeStep(int index) {
        if (index >= 0 && index < steps.size()) {
            steps.remove(index);
        }
    }

    /** Swaps the step at {@code index} with the one before it. */
    public void moveUp(int index) {
        if (index > 0 && index < steps.size()) {
            Collections.swap(steps, index, index - 1);
        }
    }

    /** Swaps the step at {@code index} with the one after it. */
    public void moveDown(int index) {
        if (index >= 0 && index < steps.size() - 1) {
            Collections.swap(steps, index, index + 1);
        }
    }

    /** The exercise's stable code, typed for a new exercise only; an existing one keeps its own. */
    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** The number of the version this form copied; 0 for a new exercise. */
    public int getBasedOn() {
        return basedOn;
    }

    /** Whether the exercise is out of the library; changed only by retiring or reactivating it. */
    public boolean isRetired() {
        return retired;
    }

    public String getTitleNl() {
        return titleNl;
    }

    public void setTitleNl(String titleNl) {
        this.titleNl = titleNl;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
    }

    public String getSummaryNl() {
        return summaryNl;
    }

    public void setSummaryNl(String summaryNl) {
        this.summaryNl = summaryNl;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    /** How long the exercise takes in a session, in minutes. */
    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer minutes) {
        this.minutes = minutes;
    }

    public List<StepForm> getSteps() {
        return steps;
    }

    public void setSteps(List<StepForm> steps) {
        this.steps = steps;
    }

    /**
     * One step as the advisor writes it. Lists (options, a canvas's columns and rows) are one entry
     * per line, as the step keeps them. Fields the kind does not use may hold text from a kind chosen
     * before; they are kept while the advisor edits and left out when the version is saved.
     */
    public static class StepForm implements Serializable {

        private StepKind kind = StepKind.TEXT;
        private String titleNl;
        private String titleEn;
        private String instructionsNl;
        private String instructionsEn;
        private String exampleNl;
        private String exampleEn;
        private String optionsNl;
        private String optionsEn;
        private String rowsNl;
        private String rowsEn;
        private Integer scaleMin;
        private Integer scaleMax;
        private AppliesTo appliesTo;

        static StepForm of(ExerciseStep step) {
            StepForm form = new StepForm();
            form.kind = step.getKind();
            form.titleNl = step.title(Language.NL);
            form.titleEn = step.title(Language.EN);
            form.instructionsNl = step.instructions(Language.NL);
            form.instructionsEn = step.instructions(Language.EN);
            form.exampleNl = step.example(Language.NL);
            form.exampleEn = step.example(Language.EN);
            form.optionsNl = step.optionsText(Language.NL);
            form.optionsEn = step.optionsText(Language.EN);
            form.rowsNl = step.rowsText(Language.NL);
            form.rowsEn = step.rowsText(Language.EN);
            form.scaleMin = step.getScaleMin();
            form.scaleMax = step.getScaleMax();
            form.appliesTo = step.getAppliesTo();
            return form;
        }

        public StepKind getKind() {
            return kind;
        }

        public void setKind(StepKind kind) {
            this.kind = kind;
        }

        public String getTitleNl() {
            return titleNl;
        }

        public void setTitleNl(String titleNl) {
            this.titleNl = titleNl;
        }

        public String getTitleEn() {
            return titleEn;
        }

        public void setTitleEn(String titleEn) {
            this.titleEn = titleEn;
        }

        public String getInstructionsNl() {
            return instructionsNl;
        }

        public void setInstructionsNl(String instructionsNl) {
            this.instructionsNl = instructionsNl;
        }

        public String getInstructionsEn() {
            return instructionsEn;
        }

        public void setInstructionsEn(String instructionsEn) {
            this.instructionsEn = instructionsEn;
        }

        /** An example from practice; not required, but when there is one it is there in both languages. */
        public String getExampleNl() {
            return exampleNl;
        }

        public void setExampleNl(String exampleNl) {
            this.exampleNl = exampleNl;
        }

        public String getExampleEn() {
            return exampleEn;
        }

        public void setExampleEn(String exampleEn) {
            this.exampleEn = exampleEn;
        }

        /** A choice's or ranking's options, or a canvas's columns: one per line. */
        public String getOptionsNl() {
            return optionsNl;
        }

        public void setOptionsNl(String optionsNl) {
            this.optionsNl = optionsNl;
        }

        public String getOptionsEn() {
            return optionsEn;
        }

        public void setOptionsEn(String optionsEn) {
            this.optionsEn = optionsEn;
        }

        /** A canvas's rows, one per line; none for a canvas of columns only. */
        public String getRowsNl() {
            return rowsNl;
        }

        public void setRowsNl(String rowsNl) {
            this.rowsNl = rowsNl;
        }

        public String getRowsEn() {
            return rowsEn;
        }

        public void setRowsEn(String rowsEn) {
            this.rowsEn = rowsEn;
        }

        public Integer getScaleMin() {
            return scaleMin;
        }

        public void setScaleMin(Integer scaleMin) {
            this.scaleMin = scaleMin;
        }

        public Integer getScaleMax() {
            return scaleMax;
        }

        public void setScaleMax(Integer scaleMax) {
            this.scaleMax = scaleMax;
        }

        /** Where the step's picked answers can go in an initiative; null for nowhere. */
        public AppliesTo getAppliesTo() {
            return appliesTo;
        }

        public void setAppliesTo(AppliesTo appliesTo) {
            this.appliesTo = appliesTo;
        }
    }
}
