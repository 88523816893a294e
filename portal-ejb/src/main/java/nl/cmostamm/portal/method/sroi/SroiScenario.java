package nl.cmostamm.portal.method.sroi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import nl.cmostamm.portal.method.sroi.calculation.Scenario;
import nl.cmostamm.portal.tenant.TenantOwned;

/**
 * A named scenario of an analysis ("voorzichtig", "verwacht", "optimistisch", or the board's own):
 * changes applied to every outcome's assumptions at once, and optionally another discount rate or
 * first-year convention. The engine computes it; only the changes are stored.
 */
@Entity
@Table(name = "sroi_scenario")
public class SroiScenario extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "analysis_id", nullable = false)
    private SroiAnalysis analysis;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(name = "proxy_change", nullable = false, precision = 5, scale = 4)
    private BigDecimal proxyChange = BigDecimal.ZERO;

    @Column(name = "deadweight_change", nullable = false, precision = 5, scale = 4)
    private BigDecimal deadweightChange = BigDecimal.ZERO;

    @Column(name = "attribution_change", nullable = false, precision = 5, scale = 4)
    private BigDecimal attributionChange = BigDecimal.ZERO;

    @Column(name = "duration_change", nullable = false)
    private int durationChange;

    @Column(name = "discount_rate", precision = 7, scale = 6)
    private BigDecimal discountRate;

    @Column(name = "discount_first_year")
    private Boolean discountFirstYear;

    @Column(nullable = false)
    private int position;

    protected SroiScenario() {}

    public SroiScenario(SroiAnalysis analysis) {
        this.analysis = analysis;
    }

    /** A scenario named {@code name} with the changes of {@code values}, at {@code position}. */
    public static SroiScenario of(SroiAnalysis analysis, String name, Scenario values, int position) {
        SroiScenario scenario = new SroiScenario(analysis);
        scenario.name = name;
        scenario.proxyChange = values.proxyChange();
        scenario.deadweightChange = values.deadweightPoints();
        scenario.attributionChange = values.attributionPoints();
        scenario.durationChange = values.durationYears();
        scenario.discountRate = values.discountRate();
        scenario.discountFirstYear = values.discountFirstYear();
        scenario.position = position;
        return scenario;
    }

    public SroiAnalysis getAnalysis() {
        return analysis;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getProxyChange() {
        return proxyChange;
    }

    public void setProxyChange(BigDecimal proxyChange) {
        this.proxyChange = proxyChange;
    }

    public BigDecimal getDeadweightChange() {
        return deadweightChange;
    }

    public void setDeadweightChange(BigDecimal deadweightChange) {
        this.deadweightChange = deadweightChange;
    }

    public BigDecimal getAttributionChange() {
        return attributionChange;
    }

    public void setAttributionChange(BigDecimal attributionChange) {
        this.attributionChange = attributionChange;
    }

    public int getDurationChange() {
        return durationChange;
    }

    public void setDurationChange(int durationChange) {
        this.durationChange = durationChange;
    }

    public BigDecimal getDiscountRate() {
        return discountRate;
    }

    public void setDiscountRate(BigDecimal discountRate) {
        this.discountRate = discountRate;
    }

    public Boolean getDiscountFirstYear() {
        return discountFirstYear;
    }

    public void setDiscountFirstYear(Boolean discountFirstYear) {
        this.discountFirstYear = discountFirstYear;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
