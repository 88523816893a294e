package nl.cmostamm.portal.method.sroi;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.tenant.TenantOwned;

/** An indicator of the goals module that shows one of the analysis' outputs in its period. */
@Entity
@Table(name = "sroi_output")
public class SroiOutput extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "analysis_id", nullable = false)
    private SroiAnalysis analysis;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false)
    private Indicator indicator;

    protected SroiOutput() {}

    public SroiOutput(SroiAnalysis analysis, Indicator indicator) {
        this.analysis = analysis;
        this.indicator = indicator;
    }

    public SroiAnalysis getAnalysis() {
        return analysis;
    }

    public Indicator getIndicator() {
        return indicator;
    }
}
