package nl.cmostamm.portal.goal;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.cmostamm.portal.shared.EditForm;

/**
 * An indicator as edited: what is measured, its values, baseline and target, how it is gathered,
 * and for a computed one the id of the activity it counts (null: all activities). The goal is not
 * in it: a new indicator is placed by the goal id given beside the form, an edited one keeps its
 * goal. {@code version} is the indicator's version when the page was opened; saving with an older
 * one is a conflict. A new form starts from the defaults of a new {@link Indicator}.
 */
public class IndicatorForm extends EditForm {

    private String name;
    private IndicatorKind kind;
    private String unit;
    private ValueType valueType;
    private BigDecimal scoreMin;
    private BigDecimal scoreMax;
    private BigDecimal baseline;
    private BigDecimal target;
    private LocalDate targetDate;
    private Direction direction;
    private String informationNeeded;
    private String source;
    private String collectionMethod;
    private Frequency frequency;
    private Computation computedFrom;
    private Long computedActivityId;

    public IndicatorForm() {
        this(new Indicator());
    }

    private IndicatorForm(Indicator indicator) {
        id = indicator.getId();
        version = indicator.getVersion();
        name = indicator.getName();
        kind = indicator.getKind();
        unit = indicator.getUnit();
        valueType = indicator.getValueType();
        scoreMin = indicator.getScoreMin();
        scoreMax = indicator.getScoreMax();
        baseline = indicator.getBaseline();
        target = indicator.getTarget();
        targetDate = indicator.getTargetDate();
        direction = indicator.getDirection();
        informationNeeded = indicator.getInformationNeeded();
        source = indicator.getSource();
        collectionMethod = indicator.getCollectionMethod();
        frequency = indicator.getFrequency();
        computedFrom = indicator.getComputedFrom();
        computedActivityId = indicator.getComputedActivity() == null
                ? null
                : indicator.getComputedActivity().getId();
    }

    public static IndicatorForm of(Indicator indicator) {
        return new IndicatorForm(indicator);
    }

    public boolean isComputed() {
        return computedFrom != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public IndicatorKind getKind() {
        return kind;
    }

    public void setKind(IndicatorKind kind) {
        this.kind = kind;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public ValueType getValueType() {
        return valueType;
    }

    public void setValueType(ValueType valueType) {
        this.valueType = valueType;
    }

    public BigDecimal getScoreMin() {
        return scoreMin;
    }

    public void setScoreMin(BigDecimal scoreMin) {
        this.scoreMin = scoreMin;
    }

    public BigDecimal getScoreMax() {
        return scoreMax;
    }

    public void setScoreMax(BigDecimal scoreMax) {
        this.scoreMax = scoreMax;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public void setBaseline(BigDecimal baseline) {
        this.baseline = baseline;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public void setTargetDate(LocalDate targetDate) {
        this.targetDate = targetDate;
    }

    public Direction getDirection() {
        return direction;
    }

    public void setDirection(Direction direction) {
        this.direction = direction;
    }

    public String getInformationNeeded() {
        return informationNeeded;
    }

    public void setInformationNeeded(String informationNeeded) {
        this.informationNeeded = informationNeeded;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getCollectionMethod() {
        return collectionMethod;
    }

    public void setCollectionMethod(String collectionMethod) {
        this.collectionMethod = collectionMethod;
    }

    public Frequency getFrequency() {
        return frequency;
    }

    public void setFrequency(Frequency frequency) {
        this.frequency = frequency;
    }

    public Computation getComputedFrom() {
        return computedFrom;
    }

    public void setComputedFrom(Computation computedFrom) {
        this.computedFrom = computedFrom;
    }

    public Long getComputedActivityId() {
        return computedActivityId;
    }

    public void setComputedActivityId(Long computedActivityId) {
        this.computedActivityId = computedActivityId;
    }
}
