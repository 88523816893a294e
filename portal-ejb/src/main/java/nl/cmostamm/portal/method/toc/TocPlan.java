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

/** Where the board is in the ten-step plan: the step it last saved, so anyone can resume there. */
@Entity
@Table(name = "toc_plan")
public class TocPlan extends TenantOwned {

    /** The step plan's last step. */
    public static final int LAST_STEP = 10;

    @Column(nullable = false)
    private int step = 1;

    @Column(nullable = false)
    private boolean completed;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "updated_by")
    private Account updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();

    public int getStep() {
        return step;
    }

    void reached(int step, Account by) {
        this.step = step;
        this.updatedBy = by;
        this.updatedAt = Instant.now();
    }

    public boolean isCompleted() {
        return completed;
    }

    void setCompleted(boolean completed) {
        this.completed = completed;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
