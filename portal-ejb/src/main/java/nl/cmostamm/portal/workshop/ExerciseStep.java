package nl.cmostamm.portal.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.security.Language;

/**
 * One step of an exercise version: what to do, an example from one of the initiatives the
 * knowledge centre works with, and the kind of answer. Lists (options, canvas rows) are kept one
 * entry per line, as an advisor types them.
 */
@Entity
@Table(name = "exercise_step")
public class ExerciseStep implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "exercise_version_id", nullable = false, updatable = false)
    private ExerciseVersion exerciseVersion;

    @Column(nullable = false, updatable = false)
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 10)
    private StepKind kind;

    @Column(name = "title_nl", nullable = false, updatable = false, length = 200)
    private String titleNl;

    @Column(name = "title_en", nullable = false, updatable = false, length = 200)
    private String titleEn;

    @Column(name = "instructions_nl", nullable = false, updatable = false, length = 4000)
    private String instructionsNl;

    @Column(name = "instructions_en", nullable = false, updatable = false, length = 4000)
    private String instructionsEn;

    @Column(name = "example_nl", updatable = false, length = 4000)
    private String exampleNl;

    @Column(name = "example_en", updatable = false, length = 4000)
    private String exampleEn;

    @Column(name = "options_nl", updatable = false)
    private String optionsNl;

    @Column(name = "options_en", updatable = false)
    private String optionsEn;

    @Column(name = "rows_nl", updatable = false)
    private String rowsNl;

    @Column(name = "rows_en", updatable = false)
    private String rowsEn;

    @Column(name = "scale_min", updatable = false)
    private Integer scaleMin;

    @Column(name = "scale_max", updatable = false)
    private Integer scaleMax;

    @Enumerated(EnumType.STRING)
    @Column(name = "applies_to", updatable = false, length = 20)
    private AppliesTo appliesTo;

    protected ExerciseStep() {}

    /**
     * Step {@code position} of a new version as the advisor typed it ({@link ExerciseLibrary#save}).
     * Only what the kind uses is kept: options, rows and a scale typed while another kind was chosen
     * would break the database's checks, and no one would ever see them.
     */
    ExerciseStep(ExerciseVersion exerciseVersion, int position, ExerciseForm.StepForm typed) {
        StepKind chosen = typed.getKind();
        this.exerciseVersion = exerciseVersion;
        this.position = position;
        this.kind = chosen;
        this.titleNl = typed.getTitleNl();
        this.titleEn = typed.getTitleEn();
        this.instructionsNl = typed.getInstructionsNl();
        this.instructionsEn = typed.getInstructionsEn();
        this.exampleNl = blankToNull(typed.getExampleNl());
        this.exampleEn = blankToNull(typed.getExampleEn());
        this.optionsNl = chosen.hasOptions() ? typed.getOptionsNl() : null;
        this.optionsEn = chosen.hasOptions() ? typed.getOptionsEn() : null;
        this.rowsNl = chosen.hasRows() ? blankToNull(typed.getRowsNl()) : null;
        this.rowsEn = chosen.hasRows() ? blankToNull(typed.getRowsEn()) : null;
        this.scaleMin = chosen.hasScale() ? typed.getScaleMin() : null;
        this.scaleMax = chosen.hasScale() ? typed.getScaleMax() : null;
        this.appliesTo = typed.getAppliesTo();
    }

    public Long getId() {
        return id;
    }

    public ExerciseVersion getExerciseVersion() {
        return exerciseVersion;
    }

    public int getPosition() {
        return position;
    }

    public StepKind getKind() {
        return kind;
    }

    public String title(Language language) {
        return language == Language.EN ? titleEn : titleNl;
    }

    public String instructions(Language language) {
        return language == Language.EN ? instructionsEn : instructionsNl;
    }

    /** The example, or null when the step has none. */
    public String example(Language language) {
        return language == Language.EN ? exampleEn : exampleNl;
    }

    /** The options of a choice or ranking, or the columns of a canvas; empty for other kinds. */
    public List<String> options(Language language) {
        return lines(language == Language.EN ? optionsEn : optionsNl);
    }

    /** The rows of a canvas; empty when it has only columns. */
    public List<String> rows(Language language) {
        return lines(language == Language.EN ? rowsEn : rowsNl);
    }

    public Integer getScaleMin() {
        return scaleMin;
    }

    public Integer getScaleMax() {
        return scaleMax;
    }

    public AppliesTo getAppliesTo() {
        return appliesTo;
    }

    /** The options (or a canvas's columns) as typed, one per line; null for kinds without them. */
    String optionsText(Language language) {
        return language == Language.EN ? optionsEn : optionsNl;
    }

    /** The rows of a canvas as typed, one per line; null when it has none. */
    String rowsText(Language language) {
        return language == Language.EN ? rowsEn : rowsNl;
    }

    /** The entries of a list kept one per line, without the blanks around them; blank lines skipped. */
    static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    /** Null for a text that says nothing, else the text exactly as typed. */
    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
