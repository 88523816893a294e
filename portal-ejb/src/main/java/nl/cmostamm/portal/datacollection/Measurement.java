package nl.cmostamm.portal.datacollection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import nl.cmostamm.portal.goal.Frequency;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.tenant.TenantOwned;

/** The value of one indicator over one period, with a note on where it came from. */
@Entity
@Table(name = "measurement")
@NamedQuery(name = Measurement.ALL, query = "select m from Measurement m order by m.indicator.id, m.periodStart")
@NamedQuery(name = Measurement.COUNT, query = "select count(m) from Measurement m")
@NamedQuery(name = Measurement.OF_PERIODS, query = "select m from Measurement m where m.periodStart in :starts")
public class Measurement extends TenantOwned {

    public static final String ALL = "Measurement.all";
    public static final String COUNT = "Measurement.count";
    public static final String OF_PERIODS = "Measurement.ofPeriods";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_id", nullable = false)
    private Indicator indicator;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal value;

    @Column(length = 1000)
    private String note;

    @Column(length = 200)
    private String source;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "recorded_by")
    private Account recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected Measurement() {}

    public Measurement(Indicator indicator, Frequency.Period period) {
        this.indicator = indicator;
        this.periodStart = period.start();
        this.periodEnd = period.end();
    }

    /** Sets what was measured and by whom; returns whether anything changed. */
    public boolean record(BigDecimal newValue, String newNote, String newSource, Account by) {
        boolean same = value != null
                && value.compareTo(newValue) == 0
                && Objects.equals(note, newNote)
                && Objects.equals(source, newSource);
        if (!same) {
            value = newValue;
            note = newNote;
            source = newSource;
            recordedBy = by;
            recordedAt = OffsetDateTime.now();
        }
        return !same;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getNote() {
        return note;
    }

    public String getSource() {
        return source;
    }

    public Account getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
