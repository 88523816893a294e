package nl.cmostamm.portal.method.sroi;

import java.math.BigDecimal;
import nl.cmostamm.portal.shared.EditForm;

/**
 * A scenario as edited: its name and the changes it makes, in percentages and points as typed.
 */
public class ScenarioForm extends EditForm {

    private String name;
    private BigDecimal proxyChangePercent = BigDecimal.ZERO;
    private BigDecimal deadweightChangePoints = BigDecimal.ZERO;
    private BigDecimal attributionChangePoints = BigDecimal.ZERO;
    private int durationChange;
    private BigDecimal discountRatePercent;
    private Boolean discountFirstYear;

    static ScenarioForm of(SroiScenario scenario) {
        ScenarioForm form = new ScenarioForm();
        form.id = scenario.getId();
        form.version = scenario.getVersion();
        form.name = scenario.getName();
        form.proxyChangePercent = Percent.of(scenario.getProxyChange());
        form.deadweightChangePoints = Percent.of(scenario.getDeadweightChange());
        form.attributionChangePoints = Percent.of(scenario.getAttributionChange());
        form.durationChange = scenario.getDurationChange();
        form.discountRatePercent = scenario.getDiscountRate() == null ? null : Percent.of(scenario.getDiscountRate());
        form.discountFirstYear = scenario.getDiscountFirstYear();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BigDecimal getProxyChangePercent() {
        return proxyChangePercent;
    }

    public void setProxyChangePercent(BigDecimal proxyChangePercent) {
        this.proxyChangePercent = proxyChangePercent;
    }

    public BigDecimal getDeadweightChangePoints() {
        return deadweightChangePoints;
    }

    public void setDeadweightChangePoints(BigDecimal deadweightChangePoints) {
        this.deadweightChangePoints = deadweightChangePoints;
    }

    public BigDecimal getAttributionChangePoints() {
        return attributionChangePoints;
    }

    public void setAttributionChangePoints(BigDecimal attributionChangePoints) {
        this.attributionChangePoints = attributionChangePoints;
    }

    public int getDurationChange() {
        return durationChange;
    }

    public void setDurationChange(int durationChange) {
        this.durationChange = durationChange;
    }

    public BigDecimal getDiscountRatePercent() {
        return discountRatePercent;
    }

    public void setDiscountRatePercent(BigDecimal discountRatePercent) {
        this.discountRatePercent = discountRatePercent;
    }

    public Boolean getDiscountFirstYear() {
        return discountFirstYear;
    }

    public void setDiscountFirstYear(Boolean discountFirstYear) {
        this.discountFirstYear = discountFirstYear;
    }
}
