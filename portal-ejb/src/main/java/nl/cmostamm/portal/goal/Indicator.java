package nl.cmostamm.portal.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.cmostamm.portal.activity.Activity;
import nl.cmostamm.portal.tenant.TenantOwned;

/**
 * What is measured for a goal: its kind, the type and unit of its values, the baseline and the
 * target, which way is better, and how the information is gathered (needed information, source,
 * method, frequency) — the answers the Theory of Change questions 8 to 10 reuse. An output
 * indicator may instead be computed from the activities register or the logbook; its measurements
 * are then kept by data collection (which listens for {@link ComputedIndicatorChanged} and the
 * registers' own events) and cannot be typed over.
 */
@Entity
@Table(name = "indicator")
@NamedQuery(
        name = Indicator.ALL,
        query = "select i from Indicator i join fetch i.goal g order by g.title, i.position, i.name")
@NamedEntityGraph(
        name = Indicator.WITH_GOAL,
        attributeNodes = {@NamedAttributeNode("goal"), @NamedAttributeNode("computedActivity")})
public class Indicator extends TenantOwned {

    /** An indicator with its goal and the activity it counts, as its edit page shows them. */
    public static final String WITH_GOAL = "Indicator.withGoal";

    public static final String ALL = "Indicator.all";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "goal_id", nullable = false)
    private Goal goal;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IndicatorKind kind = IndicatorKind.OUTPUT;

    @Size(max = 40)
    @Column(length = 40)
    private String unit;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "value_type", nullable = false, length = 20)
    private ValueType valueType = ValueType.COUNT;

    @Digits(integer = 12, fraction = 2)
    @Column(name = "score_min", precision = 14, scale = 2)
    private BigDecimal scoreMin;

    @Digits(integer = 12, fraction = 2)
    @Column(name = "score_max", precision = 14, scale = 2)
    private BigDecimal scoreMax;

    @Digits(integer = 12, fraction = 2)
    @Column(precision = 14, scale = 2)
    private BigDecimal baseline;

    @Digits(integer = 12, fraction = 2)
    @Column(precision = 14, scale = 2)
    private BigDecimal target;

    @Column(name = "target_date")
    private LocalDate targetDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Direction direction = Direction.HIGHER;

    @Size(max = 2000)
    @Column(name = "information_needed", length = 2000)
    private String informationNeeded;

    @Size(max = 500)
    @Column(length = 500)
    private String source;

    @Size(max = 2000)
    @Column(name = "collection_method", length = 2000)
    private String collectionMethod;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Frequency frequency = Frequency.MONTHLY;

    @Column(nullable = false)
    private int position;

    /** Null for an indicator whose values are typed in or imported. */
    @Enumerated(EnumType.STRING)
    @Column(name = "computed_from", length = 30)
    private Computation computedFrom;

    /** The one activity a computed indicator counts, or null for all activities. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "computed_activity_id")
    private Activity computedActivity;

    /** The bundle key of the reason this value does not fit this indicator, or null. */
    public String refusal(BigDecimal value) {
        return valueType.refusal(value, scoreMin, scoreMax);
    }

    public boolean isComputed() {
        return computedFrom != null;
    }

    public Computation getComputedFrom() {
        return computedFrom;
    }

    public void setComputedFrom(Computation computedFrom) {
        this.computedFrom = computedFrom;
    }

    public Activity getComputedActivity() {
        return computedActivity;
    }

    public void setComputedActivity(Activity computedActivity) {
        this.computedActivity = computedActivity;
    }

    public Goal getGoal() {
        return goal;
    }

    public void setGoal(Goal goal) {
        this.goal = goal;
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

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
