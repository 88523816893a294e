package nl.cmostamm.portal.method.narrative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import nl.cmostamm.portal.tenant.TenantOwned;

/**
 * A round of Most Significant Change: the question put to the tellers, the period in which stories
 * are collected, and the day it was closed. A closed round is history: only feedback to tellers
 * may still be recorded.
 */
@Entity
@Table(name = "msc_round")
public class MscRound extends TenantOwned {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 1000)
    private String question;

    @Column(name = "collect_from", nullable = false)
    private LocalDate collectFrom;

    @Column(name = "collect_until", nullable = false)
    private LocalDate collectUntil;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    public boolean isClosed() {
        return closedOn != null;
    }

    public String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    public String getQuestion() {
        return question;
    }

    void setQuestion(String question) {
        this.question = question;
    }

    public LocalDate getCollectFrom() {
        return collectFrom;
    }

    void setCollectFrom(LocalDate collectFrom) {
        this.collectFrom = collectFrom;
    }

    public LocalDate getCollectUntil() {
        return collectUntil;
    }

    void setCollectUntil(LocalDate collectUntil) {
        this.collectUntil = collectUntil;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
