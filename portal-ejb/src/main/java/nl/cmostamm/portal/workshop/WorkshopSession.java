package nl.cmostamm.portal.workshop;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.shared.Versioned;

/**
 * A live workshop session: planned by an advisor with its exercises (the versions of that moment),
 * joined with a code, moved step by step by the presenter or opened whole. Steps are counted through
 * all its exercises in order, starting at 1, so "step 4 of 17" needs no second number.
 */
@Entity
@Table(name = "workshop_session")
public class WorkshopSession implements Serializable, Versioned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(nullable = false, length = 2)
    private String language = "nl";

    /** The initiative the session works for, if any (and if visible); its data is never read through it. */
    @OneToOne(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private SessionInitiative forInitiative;

    @Column(name = "owner_id", nullable = false, updatable = false)
    private long ownerId;

    @Column(name = "join_code", nullable = false, length = 6)
    private String joinCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SessionStatus status = SessionStatus.SCHEDULED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Pace pace = Pace.PRESENTER;

    @Column(name = "current_step", nullable = false)
    private int currentStep = 1;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "answers_deleted_at")
    private Instant answersDeletedAt;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(
            name = "workshop_session_exercise",
            joinColumns = @JoinColumn(name = "session_id"),
            inverseJoinColumns = @JoinColumn(name = "exercise_version_id"))
    @OrderColumn(name = "position")
    private List<ExerciseVersion> exercises = new ArrayList<>();

    protected WorkshopSession() {}

    public WorkshopSession(long ownerId, String joinCode) {
        this.ownerId = ownerId;
        this.joinCode = joinCode;
    }

    /** All steps of the session in order: step n is {@code steps().get(n - 1)}. */
    public List<ExerciseStep> steps() {
        return exercises.stream().flatMap(e -> e.getSteps().stream()).toList();
    }

    public boolean isEnded() {
        return status == SessionStatus.CLOSED;
    }

    public Long getId() {
        return id;
    }

    @Override
    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(Instant startsAt) {
        this.startsAt = startsAt;
    }

    public Language getLanguage() {
        return Language.of(language);
    }

    public void setLanguage(Language language) {
        this.language = language.code();
    }

    /**
     * The initiative the session works for, or null: none, or one the reader cannot see (a
     * participant, another advisor).
     */
    public Long getInitiativeId() {
        return forInitiative == null ? null : forInitiative.getInitiativeId();
    }

    void setInitiativeId(Long initiativeId) {
        forInitiative = initiativeId == null ? null : new SessionInitiative(this, initiativeId);
    }

    public long getOwnerId() {
        return ownerId;
    }

    public String getJoinCode() {
        return joinCode;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public Pace getPace() {
        return pace;
    }

    public void setPace(Pace pace) {
        this.pace = pace;
    }

    public int getCurrentStep() {
        return currentStep;
    }

    void setCurrentStep(int currentStep) {
        this.currentStep = currentStep;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getAnswersDeletedAt() {
        return answersDeletedAt;
    }

    void open() {
        status = SessionStatus.OPEN;
        openedAt = Instant.now();
    }

    void close() {
        status = SessionStatus.CLOSED;
        closedAt = Instant.now();
    }

    void answersDeleted() {
        answersDeletedAt = Instant.now();
    }

    public List<ExerciseVersion> getExercises() {
        return exercises;
    }
}
