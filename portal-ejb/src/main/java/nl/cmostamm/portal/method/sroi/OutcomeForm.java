package nl.cmostamm.portal.method.sroi;

import java.math.BigDecimal;
import nl.cmostamm.portal.shared.EditForm;

/**
 * An outcome as edited. Deadweight, displacement, attribution and drop-off are typed as
 * percentages (20 for 20 %) and kept as fractions; a proxy picked from the library fills the proxy
 * fields, which stay the board's to change.
 */
public class OutcomeForm extends EditForm {

    private Long stakeholderId;
    private String description;
    private OutcomeEvidence evidence = OutcomeEvidence.ESTIMATE;
    private Long indicatorId;
    private Long questionId;
    private String estimateSource;
    private BigDecimal quantity;
    private Integer duration = 1;
    private boolean startsAfter;
    private Long proxyId;
    private String proxyDescription;
    private BigDecimal proxyValue;
    private String proxySource;
    private Integer proxyPriceYear;
    private BigDecimal deadweightPercent = BigDecimal.ZERO;
    private String deadweightWhy;
    private BigDecimal displacementPercent = BigDecimal.ZERO;
    private String displacementWhy;
    private BigDecimal attributionPercent = BigDecimal.ZERO;
    private String attributionWhy;
    private BigDecimal dropOffPercent = BigDecimal.ZERO;
    private String dropOffWhy;

    public static OutcomeForm of(SroiOutcome outcome) {
        OutcomeForm form = new OutcomeForm();
        form.id = outcome.getId();
        form.version = outcome.getVersion();
        form.stakeholderId = outcome.getStakeholder().getId();
        form.description = outcome.getDescription();
        form.evidence = outcome.getEvidence();
        form.indicatorId =
                outcome.getIndicator() == null ? null : outcome.getIndicator().getId();
        form.questionId =
                outcome.getQuestion() == null ? null : outcome.getQuestion().getId();
        form.estimateSource = outcome.getEstimateSource();
        form.quantity = outcome.getQuantity();
        form.duration = outcome.getDuration();
        form.startsAfter = outcome.isStartsAfter();
        form.proxyId = outcome.getProxyId();
        form.proxyDescription = outcome.getProxyDescription();
        form.proxyValue = outcome.getProxyValue();
        form.proxySource = outcome.getProxySource();
        form.proxyPriceYear = outcome.getProxyPriceYear();
        form.deadweightPercent = Percent.of(outcome.getDeadweight());
        form.deadweightWhy = outcome.getDeadweightWhy();
        form.displacementPercent = Percent.of(outcome.getDisplacement());
        form.displacementWhy = outcome.getDisplacementWhy();
        form.attributionPercent = Percent.of(outcome.getAttribution());
        form.attributionWhy = outcome.getAttributionWhy();
        form.dropOffPercent = Percent.of(outcome.getDropOff());
        form.dropOffWhy = outcome.getDropOffWhy();
        return form;
    }

    public Long getStakeholderId() {
        return stakeholderId;
    }

    public void setStakeholderId(Long stakeholderId) {
        this.stakeholderId = stakeholderId;
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

    public Long getIndicatorId() {
        return indicatorId;
    }

    public void setIndicatorId(Long indicatorId) {
        this.indicatorId = indicatorId;
    }

    public Long getQuestionId() {
        return questionId;
    }

    public void setQuestionId(Long questionId) {
        this.questionId = questionId;
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

    public Integer getDuration() {
        return duration;
    }

    public void setDuration(Integer duration) {
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

    public BigDecimal getDeadweightPercent() {
        return deadweightPercent;
    }

    public void setDeadweightPercent(BigDecimal deadweightPercent) {
        this.deadweightPercent = deadweightPercent;
    }

    public String getDeadweightWhy() {
        return deadweightWhy;
    }

    public void setDeadweightWhy(String deadweightWhy) {
        this.deadweightWhy = deadweightWhy;
    }

    public BigDecimal getDisplacementPercent() {
        return displacementPercent;
    }

    public void setDisplacementPercent(BigDecimal displacementPercent) {
        this.displacementPercent = displacementPercent;
    }

    public String getDisplacementWhy() {
        return displacementWhy;
    }

    public void setDisplacementWhy(String displacementWhy) {
        this.displacementWhy = displacementWhy;
    }

    public BigDecimal getAttributionPercent() {
        return attributionPercent;
    }

    public void setAttributionPercent(BigDecimal attributionPercent) {
        this.attributionPercent = attributionPercent;
    }

    public String getAttributionWhy() {
        return attributionWhy;
    }

    public void setAttributionWhy(String attributionWhy) {
        this.attributionWhy = attributionWhy;
    }

    public BigDecimal getDropOffPercent() {
        return dropOffPercent;
    }

    public void setDropOffPercent(BigDecimal dropOffPercent) {
        this.dropOffPercent = dropOffPercent;
    }

    public String getDropOffWhy() {
        return dropOffWhy;
    }

    public void setDropOffWhy(String dropOffWhy) {
        this.dropOffWhy = dropOffWhy;
    }
}
