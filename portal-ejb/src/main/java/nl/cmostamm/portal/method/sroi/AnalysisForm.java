package nl.cmostamm.portal.method.sroi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.shared.EditForm;

/**
 * An analysis as edited: what it is about, its period, the stakeholders it counts with, the
 * outputs it shows, and the settings its figures depend on. Rates are typed as percentages (2.25
 * for 2.25 %) and kept as fractions.
 */
public class AnalysisForm extends EditForm {

    private String title;
    private AnalysisKind kind = AnalysisKind.FORECAST;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private String scope;
    private BigDecimal discountRatePercent = new BigDecimal("2.25");
    private boolean discountFirstYear = true;
    private BigDecimal proxyVariationPercent = new BigDecimal("20");
    private BigDecimal deadweightPoints = new BigDecimal("10");
    private BigDecimal attributionPoints = new BigDecimal("10");
    private List<Long> stakeholderGroupIds = new ArrayList<>();
    private List<Long> outputIndicatorIds = new ArrayList<>();

    static AnalysisForm of(SroiAnalysis analysis, List<Long> groupIds, List<Long> indicatorIds) {
        AnalysisForm form = new AnalysisForm();
        form.id = analysis.getId();
        form.version = analysis.getVersion();
        form.title = analysis.getTitle();
        form.kind = analysis.getKind();
        form.periodStart = analysis.getPeriodStart();
        form.periodEnd = analysis.getPeriodEnd();
        form.scope = analysis.getScope();
        form.discountRatePercent = Percent.of(analysis.getDiscountRate());
        form.discountFirstYear = analysis.isDiscountFirstYear();
        form.proxyVariationPercent = Percent.of(analysis.getProxyVariation());
        form.deadweightPoints = Percent.of(analysis.getDeadweightPoints());
        form.attributionPoints = Percent.of(analysis.getAttributionPoints());
        form.stakeholderGroupIds = new ArrayList<>(groupIds);
        form.outputIndicatorIds = new ArrayList<>(indicatorIds);
        return form;
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

    public BigDecimal getDiscountRatePercent() {
        return discountRatePercent;
    }

    public void setDiscountRatePercent(BigDecimal discountRatePercent) {
        this.discountRatePercent = discountRatePercent;
    }

    public boolean isDiscountFirstYear() {
        return discountFirstYear;
    }

    public void setDiscountFirstYear(boolean discountFirstYear) {
        this.discountFirstYear = discountFirstYear;
    }

    public BigDecimal getProxyVariationPercent() {
        return proxyVariationPercent;
    }

    public void setProxyVariationPercent(BigDecimal proxyVariationPercent) {
        this.proxyVariationPercent = proxyVariationPercent;
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

    public List<Long> getStakeholderGroupIds() {
        return stakeholderGroupIds;
    }

    public void setStakeholderGroupIds(List<Long> stakeholderGroupIds) {
        this.stakeholderGroupIds = stakeholderGroupIds;
    }

    public List<Long> getOutputIndicatorIds() {
        return outputIndicatorIds;
    }

    public void setOutputIndicatorIds(List<Long> outputIndicatorIds) {
        this.outputIndicatorIds = outputIndicatorIds;
    }
}
