package nl.cmostamm.portal.maintenance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import nl.cmostamm.portal.security.Account;

/**
 * One run of a scheduled job, as recorded by the node that did it. Written by {@link JobRuns} only.
 * Serializable: the maintenance page's table keeps a page of runs in its view state, which the
 * cluster replicates to the other node.
 */
@Entity
@Table(name = "job_run")
public class JobRun implements Serializable {

    public enum Outcome {
        RUNNING,
        DONE,
        FAILED
    }

    @Id
    private Long id;

    @Column(nullable = false, updatable = false)
    private String job;

    @Column(nullable = false, updatable = false)
    private String period;

    @Column(nullable = false, updatable = false)
    private String node;

    @Column(name = "started_at", nullable = false, updatable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(nullable = false)
    private String counts;

    private String error;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "started_by", updatable = false)
    private Account startedBy;

    protected JobRun() {}

    public Long getId() {
        return id;
    }

    public String getJob() {
        return job;
    }

    public String getPeriod() {
        return period;
    }

    public String getNode() {
        return node;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getError() {
        return error;
    }

    /** The admin who asked for this run, or null for a scheduled one. */
    public Account getStartedBy() {
        return startedBy;
    }

    /** How long it took, or null while it runs (or when its node stopped during it). */
    public Duration getDuration() {
        return finishedAt == null ? null : Duration.between(startedAt, finishedAt);
    }

    /** What was removed, per retention class, in the order the job handled them. */
    public Map<String, Integer> getCounts() {
        return RetentionCounts.parse(counts);
    }
}
