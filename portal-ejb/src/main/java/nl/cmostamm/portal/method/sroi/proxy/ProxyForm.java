package nl.cmostamm.portal.method.sroi.proxy;

import java.math.BigDecimal;
import nl.cmostamm.portal.shared.EditForm;

/**
 * A proxy as an advisor edits it. Nothing is checked here: {@link ProxyLibrary#save} refuses what
 * does not fit ({@link ProxyRules}), each refusal naming the field, so the page shows it there.
 */
public class ProxyForm extends EditForm {

    private String name;
    private String nameEn;
    private String description;
    private BigDecimal value;
    private String unit;
    private String unitEn;
    private Integer priceYear;
    private String sourceTitle;
    private String sourcePublisher;
    private String sourceUrl;
    private String notes;
    private OutcomeType[] outcomes = {};
    private boolean active = true;

    static ProxyForm of(SroiProxy proxy) {
        ProxyForm form = new ProxyForm();
        form.id = proxy.getId();
        form.version = proxy.getVersion();
        form.name = proxy.getName();
        form.nameEn = proxy.getNameEn();
        form.description = proxy.getDescription();
        form.value = proxy.getValue();
        form.unit = proxy.getUnit();
        form.unitEn = proxy.getUnitEn();
        form.priceYear = proxy.getPriceYear();
        form.sourceTitle = proxy.getSourceTitle();
        form.sourcePublisher = proxy.getSourcePublisher();
        form.sourceUrl = proxy.getSourceUrl();
        form.notes = proxy.getNotes();
        form.outcomes = proxy.getOutcomes().toArray(OutcomeType[]::new);
        form.active = proxy.isActive();
        return form;
    }

    /** Whether the proxy can still be chosen; changed only by retiring or reactivating it. */
    public boolean isActive() {
        return active;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** In euros. */
    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public String getUnitEn() {
        return unitEn;
    }

    public void setUnitEn(String unitEn) {
        this.unitEn = unitEn;
    }

    public Integer getPriceYear() {
        return priceYear;
    }

    public void setPriceYear(Integer priceYear) {
        this.priceYear = priceYear;
    }

    public String getSourceTitle() {
        return sourceTitle;
    }

    public void setSourceTitle(String sourceTitle) {
        this.sourceTitle = sourceTitle;
    }

    public String getSourcePublisher() {
        return sourcePublisher;
    }

    public void setSourcePublisher(String sourcePublisher) {
        this.sourcePublisher = sourcePublisher;
    }

    public String getSourceUrl() {
        return sourceUrl;
    }

    public void setSourceUrl(String sourceUrl) {
        this.sourceUrl = sourceUrl;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    /** An array rather than a list, so the page's check boxes convert their values to the enum by themselves. */
    public OutcomeType[] getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(OutcomeType... outcomes) {
        this.outcomes = outcomes;
    }
}
