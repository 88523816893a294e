package nl.cmostamm.portal.datacollection;

import java.io.Serializable;
import java.math.BigDecimal;
import nl.cmostamm.portal.goal.Frequency;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.goal.ValueType;

/**
 * One indicator's line in the period grid: the period its frequency gives the chosen day, the value
 * already recorded for it (with that measurement's version, to detect someone else's save), and
 * the value and note being typed.
 */
public class GridRow implements Serializable {

    private final long indicatorId;
    private final String indicatorName;
    private final String goalTitle;
    private final String unit;
    private final ValueType valueType;
    private final Frequency.Period period;
    private final boolean computed;
    private final Long measurementId;
    private final long measurementVersion;
    private BigDecimal value;
    private String note;

    GridRow(Indicator indicator, Frequency.Period period, Measurement existing) {
        this.indicatorId = indicator.getId();
        this.indicatorName = indicator.getName();
        this.goalTitle = indicator.getGoal().getTitle();
        this.unit = indicator.getUnit();
        this.valueType = indicator.getValueType();
        this.period = period;
        this.computed = indicator.isComputed();
        this.measurementId = existing == null ? null : existing.getId();
        this.measurementVersion = existing == null ? 0 : existing.getVersion();
        this.value = existing == null ? null : existing.getValue();
        this.note = existing == null ? null : existing.getNote();
    }

    public long getIndicatorId() {
        return indicatorId;
    }

    public String getIndicatorName() {
        return indicatorName;
    }

    public String getGoalTitle() {
        return goalTitle;
    }

    public String getUnit() {
        return unit;
    }

    public ValueType getValueType() {
        return valueType;
    }

    public Frequency.Period getPeriod() {
        return period;
    }

    /** Computed from registrations: shown, never typed over. */
    public boolean isComputed() {
        return computed;
    }

    public Long getMeasurementId() {
        return measurementId;
    }

    public long getMeasurementVersion() {
        return measurementVersion;
    }

    public BigDecimal getValue() {
        return value;
    }

    public void setValue(BigDecimal value) {
        this.value = value;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
