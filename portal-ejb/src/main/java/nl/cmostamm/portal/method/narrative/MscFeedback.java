package nl.cmostamm.portal.method.narrative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.tenant.TenantOwned;

/** That a teller was told what became of their story: when, how, and a note. */
@Entity
@Table(name = "msc_feedback")
public class MscFeedback extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false, updatable = false)
    private MscEntry entry;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FeedbackChannel channel;

    @Column(length = 2000)
    private String note;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by", updatable = false)
    private Account recordedBy;

    protected MscFeedback() {}

    MscFeedback(MscEntry entry, LocalDate givenOn, FeedbackChannel channel, String note, Account recordedBy) {
        this.entry = entry;
        this.givenOn = givenOn;
        this.channel = channel;
        this.note = note;
        this.recordedBy = recordedBy;
    }

    public MscEntry getEntry() {
        return entry;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public FeedbackChannel getChannel() {
        return channel;
    }

    public String getNote() {
        return note;
    }

    public Account getRecordedBy() {
        return recordedBy;
    }
}
