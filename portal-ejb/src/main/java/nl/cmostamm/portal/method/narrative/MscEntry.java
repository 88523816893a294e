package nl.cmostamm.portal.method.narrative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.story.Story;
import nl.cmostamm.portal.tenant.TenantOwned;

/** A story entered into a round under one domain, with the teller's own reason why it is significant. */
@Entity
@Table(name = "msc_entry")
public class MscEntry extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private MscRound round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "domain_id", nullable = false)
    private MscDomain domain;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "story_id", nullable = false, updatable = false)
    private Story story;

    @Column(nullable = false, length = 4000)
    private String significance;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "entered_by", updatable = false)
    private Account enteredBy;

    @Column(name = "entered_at", nullable = false, updatable = false)
    private Instant enteredAt = Instant.now();

    protected MscEntry() {}

    MscEntry(MscRound round, Story story, Account enteredBy) {
        this.round = round;
        this.story = story;
        this.enteredBy = enteredBy;
    }

    public MscRound getRound() {
        return round;
    }

    public MscDomain getDomain() {
        return domain;
    }

    void setDomain(MscDomain domain) {
        this.domain = domain;
    }

    public Story getStory() {
        return story;
    }

    public String getSignificance() {
        return significance;
    }

    void setSignificance(String significance) {
        this.significance = significance;
    }

    public Account getEnteredBy() {
        return enteredBy;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }
}
