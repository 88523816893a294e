package nl.cmostamm.portal.method.narrative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.tenant.TenantOwned;

/** A panel's choice of the most significant story in one domain, and why. */
@Entity
@Table(name = "msc_selection")
public class MscSelection extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "panel_id", nullable = false, updatable = false)
    private MscPanel panel;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "domain_id", nullable = false, updatable = false)
    private MscDomain domain;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "entry_id", nullable = false)
    private MscEntry entry;

    @Column(nullable = false, length = 4000)
    private String reason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by")
    private Account recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt = Instant.now();

    protected MscSelection() {}

    MscSelection(MscPanel panel, MscDomain domain) {
        this.panel = panel;
        this.domain = domain;
    }

    void choose(MscEntry entry, String reason, Account by) {
        this.entry = entry;
        this.reason = reason;
        this.recordedBy = by;
        this.recordedAt = Instant.now();
    }

    public MscPanel getPanel() {
        return panel;
    }

    public MscDomain getDomain() {
        return domain;
    }

    public MscEntry getEntry() {
        return entry;
    }

    public String getReason() {
        return reason;
    }

    public Account getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
