package nl.cmostamm.portal.method.toc;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.tenant.TenantOwned;

/**
 * A frozen Theory of Change: the chain with its evidence as it stood, kept as JSON. The database
 * lets the application add and read versions, never change or delete one.
 */
@Entity
@Table(name = "toc_version")
public class TocVersion extends TenantOwned {

    @Column(nullable = false)
    private int number;

    @Column(nullable = false, length = 120)
    private String label;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "frozen_by")
    private Account frozenBy;

    @Column(name = "frozen_at", nullable = false)
    private Instant frozenAt = Instant.now();

    @Column(name = "chain", nullable = false, updatable = false)
    private String chainJson;

    protected TocVersion() {}

    TocVersion(int number, String label, Account frozenBy, Instant frozenAt, String chainJson) {
        this.number = number;
        this.label = label;
        this.frozenBy = frozenBy;
        this.frozenAt = frozenAt;
        this.chainJson = chainJson;
    }

    public int getNumber() {
        return number;
    }

    public String getLabel() {
        return label;
    }

    public Account getFrozenBy() {
        return frozenBy;
    }

    public Instant getFrozenAt() {
        return frozenAt;
    }

    String getChainJson() {
        return chainJson;
    }
}
