package nl.cmostamm.portal.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.security.Language;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * What an exercise said at one moment: its title, summary, duration and steps in both languages.
 * Never changed once written; an edit writes the next number.
 */
@Entity
@Table(name = "exercise_version")
public class ExerciseVersion implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "exercise_id", nullable = false, updatable = false)
    private Exercise exercise;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "title_nl", nullable = false, updatable = false, length = 200)
    private String titleNl;

    @Column(name = "title_en", nullable = false, updatable = false, length = 200)
    private String titleEn;

    @Column(name = "summary_nl", nullable = false, updatable = false, length = 2000)
    private String summaryNl;

    @Column(name = "summary_en", nullable = false, updatable = false, length = 2000)
    private String summaryEn;

    @Column(nullable = false, updatable = false)
    private int minutes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @OneToMany(mappedBy = "exerciseVersion")
    @OrderBy("position")
    @BatchFetch(BatchFetchType.IN)
    private List<ExerciseStep> steps = new ArrayList<>();

    protected ExerciseVersion() {}

    /**
     * Version {@code number} of {@code exercise} as {@code createdBy} typed it, without its steps
     * ({@link ExerciseLibrary#save} adds them): the texts are kept exactly as typed.
     */
    ExerciseVersion(Exercise exercise, int number, ExerciseForm typed, long createdBy) {
        this.exercise = exercise;
        this.number = number;
        this.titleNl = typed.getTitleNl();
        this.titleEn = typed.getTitleEn();
        this.summaryNl = typed.getSummaryNl();
        this.summaryEn = typed.getSummaryEn();
        this.minutes = typed.getMinutes();
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public Exercise getExercise() {
        return exercise;
    }

    public int getNumber() {
        return number;
    }

    public String title(Language language) {
        return language == Language.EN ? titleEn : titleNl;
    }

    public String summary(Language language) {
        return language == Language.EN ? summaryEn : summaryNl;
    }

    public String getTitleNl() {
        return titleNl;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public int getMinutes() {
        return minutes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getCreatedBy() {
        return createdBy;
    }

    public List<ExerciseStep> getSteps() {
        return steps;
    }
}
