package nl.cmostamm.portal.method.sroi;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.survey.Question;
import nl.cmostamm.portal.tenant.TenantOwned;

/**
 * One outcome for one stakeholder: how it is known (an indicator, a survey question, or an estimate
 * with its source), how much of it and for how long, what one unit is worth (a proxy copied from the
 * library or the board's own, always with a source and price year), and how much of it would have
 * happened anyway (deadweight), moved elsewhere (displacement), is others' doing (attribution) or
 * fades each year (drop-off), each with the reason the board gave.
 */
@Entity
@Table(name = "sroi_outcome")
public class SroiOutcome extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "analysis_id", nullable = false)
    private SroiAnalysis analysis;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stakeholder_id", nullable = false)
    private SroiStakeholder stakeholder;

    @Column(nullable = false, length = 500)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OutcomeEvidence evidence;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indicator_id")
    private Indicator indicator;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "question_id")
    private Question question;

    @Column(name = "estimate_source", length = 500)
    private String estimateSource;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal quantity;

    @Column(nullable = false)
    private int duration = 1;

    @Column(name = "starts_after", nullable = false)
    private boolean startsAfter;

    @Column(name = "proxy_id")
    private Long proxyId;

    @Column(name = "proxy_description", nullable = false, length = 400)
    private String proxyDescription;

    @Column(name = "proxy_value", nullable = false, precision = 14, scale = 2)
    private BigDecimal proxyValue;

    @Column(name = "proxy_source", nullable = false, length = 1200)
    private String proxySource;

    @Column(name = "proxy_price_year")
    private Integer proxyPriceYear;

    @Column(nullable = false, precision = 5, scale = 4)
    private BigDecimal deadweight = BigDecimal.ZERO;

    @Column(name = "deadweight_why", length = 500)
    private String deadweightWhy;

    @Column(nullable = false, precision = 5, scale = 4)
    private BigDecimal displacement = BigDecimal.ZERO;

    @Column(name = "displacement_why", length = 500)
    private String displacementWhy;

    @Column(nullable = false, precision = 5, scale = 4)
    private BigDecimal attribution = BigDecimal.ZERO;

    @Column(name = "attribution_why", length = 500)
    private String attributionWhy;

    @Column(name = "drop_off", nullable = false, precision = 5, scale = 4)
    private BigDecimal dropOff = BigDecimal.ZERO;

    @Column(name = "drop_off_why", length = 500)
    private String dropOffWhy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "forecast_outcome_id")
    private SroiOutcome forecastOutcome;

    @Column(nullable = false)
    private int position;

    protected SroiOutcome() {}

    public SroiOutcome(SroiAnalysis analysis) {
        this.analysis = analysis;
    }

    public SroiAnalysis getAnalysis() {
        return analysis;
    }

    public SroiStakeholder getStakeholder() {
        return stakeholder;
    }

    public void setStakeholder(SroiStakeholder stakeholder) {
        this.stakeholder = stakeholder;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public OutcomeEvidence getEvidence() {
        return evidence;
    }

    public void setEvidence(OutcomeEvidence evidence) {
        this.evidence = evidence;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public void setIndicator(Indicator indicator) {
        this.indicator = indicator;
    }

    public Question getQuestion() {
        return question;
    }

    public void setQuestion(Question question) {
        this.question = question;
    }

    public String getEstimateSource() {
        return estimateSource;
    }

    public void setEstimateSource(String estimateSource) {
        this.estimateSource = estimateSource;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public void setQuantity(BigDecimal quantity) {
        this.quantity = quantity;
    }

    public int getDuration() {
        return duration;
    }

    public void setDuration(int duration) {
        this.duration = duration;
    }

    public boolean isStartsAfter() {
        return startsAfter;
    }

    public void setStartsAfter(boolean startsAfter) {
        this.startsAfter = startsAfter;
    }

    public Long getProxyId() {
        return proxyId;
    }

    public void setProxyId(Long proxyId) {
        this.proxyId = proxyId;
    }

    public String getProxyDescription() {
        return proxyDescription;
    }

    public void setProxyDescription(String proxyDescription) {
        this.proxyDescription = proxyDescription;
    }

    public BigDecimal getProxyValue() {
        return proxyValue;
    }

    public void setProxyValue(BigDecimal proxyValue) {
        this.proxyValue = proxyValue;
    }

    public String getProxySource() {
        return proxySource;
    }

    public void setProxySource(String proxySource) {
        this.proxySource = proxySource;
    }

    public Integer getProxyPriceYear() {
        return proxyPriceYear;
    }

    public void setProxyPriceYear(Integer proxyPriceYear) {
        this.proxyPriceYear = proxyPriceYear;
    }

    public BigDecimal getDeadweight() {
        return deadweight;
    }

    public void setDeadweight(BigDecimal deadweight) {
        this.deadweight = deadweight;
    }

    public String getDeadweightWhy() {
        return deadweightWhy;
    }

    public void setDeadweightWhy(String deadweightWhy) {
        this.deadweightWhy = deadweightWhy;
    }

    public BigDecimal getDisplacement() {
        return displacement;
    }

    public void setDisplacement(BigDecimal displacement) {
        this.displacement = displacement;
    }

    public String getDisplacementWhy() {
        return displacementWhy;
    }

    public void setDisplacementWhy(String displacementWhy) {
        this.displacementWhy = displacementWhy;
    }

    public BigDecimal getAttribution() {
        return attribution;
    }

    public void setAttribution(BigDecimal attribution) {
        this.attribution = attribution;
    }

    public String getAttributionWhy() {
        return attributionWhy;
    }

    public void setAttributionWhy(String attributionWhy) {
        this.attributionWhy = attributionWhy;
    }

    public BigDecimal getDropOff() {
        return dropOff;
    }

    public void setDropOff(BigDecimal dropOff) {
        this.dropOff = dropOff;
    }

    public String getDropOffWhy() {
        return dropOffWhy;
    }

    public void setDropOffWhy(String dropOffWhy) {
        this.dropOffWhy = dropOffWhy;
    }

    public SroiOutcome getForecastOutcome() {
        return forecastOutcome;
    }

    public void setForecastOutcome(SroiOutcome forecastOutcome) {
        this.forecastOutcome = forecastOutcome;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
