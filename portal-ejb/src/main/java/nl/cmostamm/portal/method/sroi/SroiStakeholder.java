package nl.cmostamm.portal.method.sroi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.cmostamm.portal.stakeholder.StakeholderGroup;
import nl.cmostamm.portal.tenant.TenantOwned;

/** A stakeholder group of the register that an analysis counts with: its inputs and outcomes hang here. */
@Entity
@Table(name = "sroi_stakeholder")
public class SroiStakeholder extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "analysis_id", nullable = false)
    private SroiAnalysis analysis;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private StakeholderGroup group;

    @Column(nullable = false)
    private int position;

    protected SroiStakeholder() {}

    public SroiStakeholder(SroiAnalysis analysis, StakeholderGroup group, int position) {
        this.analysis = analysis;
        this.group = group;
        this.position = position;
    }

    public SroiAnalysis getAnalysis() {
        return analysis;
    }

    public StakeholderGroup getGroup() {
        return group;
    }

    public int getPosition() {
        return position;
    }
}
