package nl.cmostamm.portal.method.sroi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import nl.cmostamm.portal.method.sroi.calculation.Calculation;
import nl.cmostamm.portal.method.sroi.calculation.Sensitivity;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.tenant.TenantOwned;

/**
 * One SROI analysis of the initiative: a forecast or an evaluation over a period, with the settings
 * its figures depend on (discount rate, whether year 1 is discounted, how far the sensitivity
 * analysis moves each assumption). Its parts are {@link SroiStakeholder}, {@link SroiInput}, {@link
 * SroiOutput}, {@link SroiOutcome} and {@link SroiScenario}; once final, the database refuses any change
 * of it or of them.
 */
@Entity
@Table(name = "sroi_analysis")
@NamedQuery(name = SroiAnalysis.ALL, query = "select a from SroiAnalysis a order by a.periodStart desc, a.id desc")
public class SroiAnalysis extends TenantOwned {

    public static final String ALL = "SroiAnalysis.all";

    @Column(nullable = false, length = 200)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AnalysisKind kind;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(length = 4000)
    private String scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private AnalysisStatus status = AnalysisStatus.DRAFT;

    @Column(name = "discount_rate", nullable = false, precision = 7, scale = 6)
    private BigDecimal discountRate = Calculation.DUTCH_DISCOUNT_RATE;

    @Column(name = "discount_first_year", nullable = false)
    private boolean discountFirstYear = true;

    @Column(name = "proxy_variation", nullable = false, precision = 5, scale = 4)
    private BigDecimal proxyVariation = Sensitivity.STANDARD.proxyFraction();

    @Column(name = "deadweight_points", nullable = false, precision = 5, scale = 4)
    private BigDecimal deadweightPoints = Sensitivity.STANDARD.deadweightPoints();

    @Column(name = "attribution_points", nullable = false, precision = 5, scale = 4)
    private BigDecimal attributionPoints = Sensitivity.STANDARD.attributionPoints();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "based_on")
    private SroiAnalysis basedOn;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    private Account createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "finalised_by")
    private Account finalisedBy;

    @Column(name = "finalised_at")
    private Instant finalisedAt;

    /** The variation the sensitivity analysis applies, as set for this analysis. */
    public Sensitivity.Variation variation() {
        Sensitivity.Variation standard = Sensitivity.STANDARD;
        return new Sensitivity.Variation(
                proxyVariation,
                deadweightPoints,
                attributionPoints,
                standard.durationYears(),
                standard.lowestDiscountRate(),
                standard.highestDiscountRate());
    }

    public boolean isEditable() {
        return status.editable();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public AnalysisKind getKind() {
        return kind;
    }

    public void setKind(AnalysisKind kind) {
        this.kind = kind;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public AnalysisStatus getStatus() {
        return status;
    }

    public void setStatus(AnalysisStatus status) {
        this.status = status;
    }

    public BigDecimal getDiscountRate() {
        return discountRate;
    }

    public void setDiscountRate(BigDecimal discountRate) {
        this.discountRate = discountRate;
    }

    public boolean isDiscountFirstYear() {
        return discountFirstYear;
    }

    public void setDiscountFirstYear(boolean discountFirstYear) {
        this.discountFirstYear = discountFirstYear;
    }

    public BigDecimal getProxyVariation() {
        return proxyVariation;
    }

    public void setProxyVariation(BigDecimal proxyVariation) {
        this.proxyVariation = proxyVariation;
    }

    public BigDecimal getDeadweightPoints() {
        return deadweightPoints;
    }

    public void setDeadweightPoints(BigDecimal deadweightPoints) {
        this.deadweightPoints = deadweightPoints;
    }

    public BigDecimal getAttributionPoints() {
        return attributionPoints;
    }

    public void setAttributionPoints(BigDecimal attributionPoints) {
        this.attributionPoints = attributionPoints;
    }

    public SroiAnalysis getBasedOn() {
        return basedOn;
    }

    public void setBasedOn(SroiAnalysis basedOn) {
        this.basedOn = basedOn;
    }

    public Account getCreatedBy() {
        return createdBy;
    }

    public void setCreatedBy(Account createdBy) {
        this.createdBy = createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Account getFinalisedBy() {
        return finalisedBy;
    }

    public Instant getFinalisedAt() {
        return finalisedAt;
    }

    public void finalise(Account by, Instant at) {
        this.status = AnalysisStatus.FINAL;
        this.finalisedBy = by;
        this.finalisedAt = at;
    }
}
