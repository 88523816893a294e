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
import java.time.Instant;
import nl.cmostamm.portal.tenant.TenantOwned;

/**
 * What one stakeholder put into the initiative in the analysis' period. Volunteer time is valued as
 * hours × an hourly value with its source; hours taken from the logbook or the activities register
 * are stored with when they were taken, so the map only changes when someone takes them again.
 */
@Entity
@Table(name = "sroi_input")
public class SroiInput extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "analysis_id", nullable = false)
    private SroiAnalysis analysis;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "stakeholder_id", nullable = false)
    private SroiStakeholder stakeholder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InputKind kind;

    @Column(nullable = false, length = 500)
    private String description;

    @Column(precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(precision = 12, scale = 2)
    private BigDecimal hours;

    @Column(name = "hourly_value", precision = 10, scale = 2)
    private BigDecimal hourlyValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "hours_from", length = 12)
    private HoursSource hoursFrom;

    @Column(name = "hours_taken_at")
    private Instant hoursTakenAt;

    @Column(name = "value_source", length = 500)
    private String valueSource;

    @Column(nullable = false)
    private int position;

    protected SroiInput() {}

    public SroiInput(SroiAnalysis analysis) {
        this.analysis = analysis;
    }

    /** What it is worth: the amount, or the hours times their hourly value. */
    public BigDecimal value() {
        return kind == InputKind.VOLUNTEER_TIME ? hours.multiply(hourlyValue) : amount;
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

    public Instant getHoursTakenAt() {
        return hoursTakenAt;
    }

    public void setHoursTakenAt(Instant hoursTakenAt) {
        this.hoursTakenAt = hoursTakenAt;
    }

    public String getValueSource() {
        return valueSource;
    }

    public void setValueSource(String valueSource) {
        this.valueSource = valueSource;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
