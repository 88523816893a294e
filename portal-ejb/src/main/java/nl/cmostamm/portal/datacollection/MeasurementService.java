package nl.cmostamm.portal.datacollection;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.goal.Frequency;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.shared.ConcurrentEditException;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.Paging;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * The measured values of the current initiative: one period for all indicators at once, a CSV
 * import that saves every row or none, exports, and the paged list. A value for an indicator and
 * period that already has one replaces it, so nothing is ever counted twice.
 */
@Stateless
@Guarded
public class MeasurementService {

    static final String MEASUREMENT = "measurement";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditLog audit;

    /** Every indicator with the period the given day falls in and the value recorded for it. */
    @Allow(Caller.BOARD)
    public List<GridRow> grid(LocalDate day) {
        List<Indicator> indicators = indicators();
        Map<String, Measurement> existing = existing(indicators.stream()
                .map(i -> i.getFrequency().periodOf(day).start())
                .collect(Collectors.toSet()));
        return indicators.stream()
                .map(indicator -> {
                    Frequency.Period period = indicator.getFrequency().periodOf(day);
                    return new GridRow(indicator, period, existing.get(key(indicator.getId(), period.start())));
                })
                .toList();
    }

    /**
     * Saves the grid: a typed value is recorded, a cleared one removed. All rows are checked first;
     * a refused value is reported at {@code rows:<index>:value} and nothing is saved. A row whose
     * measurement someone else changed since the grid was loaded is a conflict.
     *
     * @return the number of values recorded or removed
     */
    @Allow(Caller.BOARD)
    public int recordPeriod(List<GridRow> rows) {
        Map<Long, Indicator> indicators = indicators().stream().collect(Collectors.toMap(Indicator::getId, i -> i));
        for (int index = 0; index < rows.size(); index++) {
            GridRow row = rows.get(index);
            Indicator indicator = indicators.get(row.getIndicatorId());
            if (indicator == null) {
                throw new NotFoundException("Indicator");
            }
            if (!indicator.isComputed() && row.getValue() != null && indicator.refusal(row.getValue()) != null) {
                throw new ValidationFailure(indicator.refusal(row.getValue()), "rows:" + index + ":value");
            }
            if (row.getNote() != null && row.getNote().length() > 1000) {
                throw new ValidationFailure("field.tooLong", "rows:" + index + ":note");
            }
        }
        Map<String, Measurement> existing =
                existing(rows.stream().map(row -> row.getPeriod().start()).collect(Collectors.toSet()));
        Account by = em.getReference(Account.class, Tenancy.requireAccount());
        int saved = 0;
        for (GridRow row : rows) {
            Indicator indicator = indicators.get(row.getIndicatorId());
            if (indicator.isComputed()) {
                continue;
            }
            Measurement measurement =
                    existing.get(key(indicator.getId(), row.getPeriod().start()));
            boolean stale = measurement == null
                    ? row.getMeasurementId() != null
                    : !measurement.getId().equals(row.getMeasurementId())
                            || measurement.getVersion() != row.getMeasurementVersion();
            if (stale) {
                throw new ConcurrentEditException();
            }
            String note = row.getNote() == null || row.getNote().isBlank()
                    ? null
                    : row.getNote().strip();
            if (row.getValue() == null) {
                if (measurement != null) {
                    audit.record(
                            AuditAction.DELETE,
                            MEASUREMENT,
                            measurement.getId(),
                            describe(indicator, measurement.getPeriodStart()));
                    em.remove(measurement);
                    saved++;
                }
            } else if (measurement == null) {
                measurement = new Measurement(indicator, row.getPeriod());
                measurement.record(row.getValue(), note, null, by);
                em.persist(measurement);
                em.flush();
                audit.record(
                        AuditAction.CREATE,
                        MEASUREMENT,
                        measurement.getId(),
                        describe(indicator, row.getPeriod().start()));
                saved++;
            } else if (measurement.record(row.getValue(), note, measurement.getSource(), by)) {
                audit.record(
                        AuditAction.UPDATE,
                        MEASUREMENT,
                        measurement.getId(),
                        describe(indicator, row.getPeriod().start()));
                saved++;
            }
        }
        return saved;
    }

    /**
     * Imports a CSV file: every row is checked, and only when all are right is anything saved. A row
     * for an indicator and period that already has this value changes nothing; with another value it
     * replaces it.
     */
    @Allow(Caller.BOARD)
    public ImportReport importCsv(byte[] content) {
        Map<String, Indicator> byName =
                indicators().stream().collect(Collectors.toMap(i -> i.getName().toLowerCase(Locale.ROOT), i -> i));
        MeasurementCsv.Parsed parsed = MeasurementCsv.parse(content, name -> byName.get(name.toLowerCase(Locale.ROOT)));
        if (!parsed.ok()) {
            return new ImportReport(parsed.errors(), 0, 0, 0);
        }
        Map<String, Measurement> existing = new HashMap<>();
        em.createNamedQuery(Measurement.ALL, Measurement.class)
                .getResultStream()
                .forEach(m -> existing.put(key(m.getIndicator().getId(), m.getPeriodStart()), m));
        Account by = em.getReference(Account.class, Tenancy.requireAccount());
        int added = 0;
        int changed = 0;
        for (MeasurementCsv.Row row : parsed.rows()) {
            Measurement measurement =
                    existing.get(key(row.indicator().getId(), row.period().start()));
            if (measurement == null) {
                measurement = new Measurement(row.indicator(), row.period());
                measurement.record(row.value(), row.note(), row.source(), by);
                em.persist(measurement);
                added++;
            } else if (measurement.record(row.value(), row.note(), row.source(), by)) {
                measurement.setPeriodEnd(row.period().end());
                changed++;
            }
        }
        int unchanged = parsed.rows().size() - added - changed;
        audit.record(
                AuditAction.IMPORT,
                MEASUREMENT,
                null,
                parsed.rows().size() + " rows: " + added + " added, " + changed + " changed, " + unchanged
                        + " unchanged");
        return new ImportReport(List.of(), added, changed, unchanged);
    }

    /** The CSV template with a row per indicator; {@code text} gives the bundle text of a key. */
    @Allow(Caller.BOARD)
    public byte[] template(LocalDate today, Function<String, String> text) {
        return MeasurementCsv.template(
                indicators().stream().filter(i -> !i.isComputed()).toList(), today, text);
    }

    /** Every measurement as CSV in the import format; audited as an export. */
    @Allow(Caller.BOARD)
    public byte[] exportCsv(Function<String, String> text) {
        List<Measurement> all = all();
        audit.record(AuditAction.EXPORT, MEASUREMENT, null, all.size() + " rows as CSV");
        return MeasurementCsv.export(all, text);
    }

    /** Every measurement as an Excel workbook in the reader's language; audited as an export. */
    @Allow(Caller.BOARD)
    public byte[] exportExcel(Function<String, String> text) {
        List<Measurement> all = all();
        audit.record(AuditAction.EXPORT, MEASUREMENT, null, all.size() + " rows as Excel");
        return MeasurementWorkbook.of(all, text);
    }

    /** A page of measurements, newest period first, with indicator and goal fetched along. */
    @Allow(Caller.BOARD)
    public List<Measurement> page(int first, int size) {
        return em.createQuery(
                        "select m from Measurement m join fetch m.indicator i join fetch i.goal "
                                + "order by m.periodStart desc, i.name",
                        Measurement.class)
                .setFirstResult(Paging.first(first))
                .setMaxResults(Paging.size(size))
                .getResultList();
    }

    @Allow(Caller.BOARD)
    public long count() {
        return em.createNamedQuery(Measurement.COUNT, Long.class).getSingleResult();
    }

    @Allow(Caller.BOARD)
    public void delete(long id, long version) {
        Measurement measurement = Input.find(em, Measurement.class, id, version);
        if (measurement.getIndicator().isComputed()) {
            throw new ValidationFailure("measurement.computed", null);
        }
        audit.record(
                AuditAction.DELETE,
                MEASUREMENT,
                id,
                describe(measurement.getIndicator(), measurement.getPeriodStart()));
        em.remove(measurement);
    }

    private List<Measurement> all() {
        return em.createQuery(
                        "select m from Measurement m join fetch m.indicator i join fetch i.goal "
                                + "order by i.name, m.periodStart",
                        Measurement.class)
                .getResultList();
    }

    /** The measurements of periods starting on these days, by indicator and period start, in one query. */
    private Map<String, Measurement> existing(Set<LocalDate> starts) {
        return starts.isEmpty()
                ? Map.of()
                : em.createNamedQuery(Measurement.OF_PERIODS, Measurement.class)
                        .setParameter("starts", starts)
                        .getResultStream()
                        .collect(Collectors.toMap(m -> key(m.getIndicator().getId(), m.getPeriodStart()), m -> m));
    }

    private List<Indicator> indicators() {
        return em.createNamedQuery(Indicator.ALL, Indicator.class).getResultList();
    }

    private static String key(long indicatorId, LocalDate start) {
        return indicatorId + "/" + start;
    }

    private static String describe(Indicator indicator, LocalDate start) {
        return indicator.getName() + " " + start.format(Input.DUTCH_DATE);
    }
}
