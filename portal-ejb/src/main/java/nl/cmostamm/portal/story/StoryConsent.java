package nl.cmostamm.portal.story;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.tenant.TenantOwned;

/**
 * The consent for a story: given by the person or a representative, for which purposes, on which
 * day, recorded by whom, and withdrawn on which day. A withdrawn consent allows nothing.
 */
@Entity
@Table(name = "story_consent")
public class StoryConsent extends TenantOwned {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "story_id", nullable = false)
    private Story story;

    @Enumerated(EnumType.STRING)
    @Column(name = "given_by", nullable = false, length = 20)
    private ConsentGiver givenBy = ConsentGiver.PERSON;

    @Column(length = 120)
    private String representative;

    @Column(name = "internal_learning", nullable = false)
    private boolean internalLearning;

    @Column(nullable = false)
    private boolean reports;

    @Column(nullable = false)
    private boolean publication;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by")
    private Account recordedBy;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    /** The moment of the withdrawal, for "withdrawn since your last visit" on the dashboard. */
    @Column(name = "withdrawn_at")
    private java.time.Instant withdrawnAt;

    public boolean allows(Purpose purpose) {
        if (withdrawnOn != null) {
            return false;
        }
        return switch (purpose) {
            case INTERNAL_LEARNING -> internalLearning;
            case REPORTS -> reports;
            case PUBLICATION -> publication;
        };
    }

    public boolean isWithdrawn() {
        return withdrawnOn != null;
    }

    public Story getStory() {
        return story;
    }

    public void setStory(Story story) {
        this.story = story;
    }

    public ConsentGiver getGivenBy() {
        return givenBy;
    }

    public void setGivenBy(ConsentGiver givenBy) {
        this.givenBy = givenBy;
    }

    public String getRepresentative() {
        return representative;
    }

    public void setRepresentative(String representative) {
        this.representative = representative;
    }

    public boolean isInternalLearning() {
        return internalLearning;
    }

    public void setInternalLearning(boolean internalLearning) {
        this.internalLearning = internalLearning;
    }

    public boolean isReports() {
        return reports;
    }

    public void setReports(boolean reports) {
        this.reports = reports;
    }

    public boolean isPublication() {
        return publication;
    }

    public void setPublication(boolean publication) {
        this.publication = publication;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public void setGivenOn(LocalDate givenOn) {
        this.givenOn = givenOn;
    }

    public Account getRecordedBy() {
        return recordedBy;
    }

    public void setRecordedBy(Account recordedBy) {
        this.recordedBy = recordedBy;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    void withdraw(java.time.Instant at, java.time.ZoneId zone) {
        this.withdrawnAt = at;
        this.withdrawnOn = LocalDate.ofInstant(at, zone);
    }
}
