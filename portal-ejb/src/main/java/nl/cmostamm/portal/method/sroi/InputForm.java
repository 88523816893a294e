package nl.cmostamm.portal.method.sroi;

import java.math.BigDecimal;
import nl.cmostamm.portal.shared.EditForm;

/**
 * An input as edited: whose, what kind, and its amount, or for volunteer time its hours, their
 * hourly value and its source, and where the hours came from.
 */
public class InputForm extends EditForm {

    private Long stakeholderId;
    private InputKind kind = InputKind.MONEY;
    private String description;
    private BigDecimal amount;
    private BigDecimal hours;
    private BigDecimal hourlyValue;
    private HoursSource hoursFrom = HoursSource.TYPED;
    private String valueSource;

    static InputForm of(SroiInput input) {
        InputForm form = new InputForm();
        form.id = input.getId();
        form.version = input.getVersion();
        form.stakeholderId = input.getStakeholder().getId();
        form.kind = input.getKind();
        form.description = input.getDescription();
        form.amount = input.getAmount();
        form.hours = input.getHours();
        form.hourlyValue = input.getHourlyValue();
        form.hoursFrom = input.getHoursFrom() == null ? HoursSource.TYPED : input.getHoursFrom();
        form.valueSource = input.getValueSource();
        return form;
    }

    public Long getStakeholderId() {
        return stakeholderId;
    }

    public void setStakeholderId(Long stakeholderId) {
        this.stakeholderId = stakeholderId;
    }

    public InputKind getKind() {
        return kind;
    }

    public void setKind(InputKind kind) {
        this.kind = kind;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public BigDecimal getHourlyValue() {
        return hourlyValue;
    }

    public void setHourlyValue(BigDecimal hourlyValue) {
        this.hourlyValue = hourlyValue;
    }

    public HoursSource getHoursFrom() {
        return hoursFrom;
    }

    public void setHoursFrom(HoursSource hoursFrom) {
        this.hoursFrom = hoursFrom;
    }

    public String getValueSource() {
        return valueSource;
    }

    public void setValueSource(String valueSource) {
        this.valueSource = valueSource;
    }
}
