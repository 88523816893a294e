package nl.cmostamm.portal.datacollection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditEntry;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.goal.Goal;
import nl.cmostamm.portal.goal.GoalForm;
import nl.cmostamm.portal.goal.GoalProgress;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.goal.IndicatorForm;
import nl.cmostamm.portal.goal.Light;
import nl.cmostamm.portal.goal.ValueType;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.shared.ConcurrentEditException;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.testing.InContainer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Goals, indicators and measurements in Payara Micro against the real PostgreSQL: the import saves
 * every row or none and never duplicates, the grid refuses stale values, conflicts are refused,
 * other initiatives' ids are not found, and every change lands in the audit log.
 */
@ExtendWith(ArquillianExtension.class)
class MeasurementServiceIT {

    @EJB
    GoalService goals;

    @EJB
    MeasurementService measurements;

    @EJB
    AuditLog audit;

    @EJB
    InitiativeService initiatives;

    @EJB
    TestAccounts accounts;

    @Test
    void anImportWithOneBadRowSavesNothingAndTheSameRowsTwiceSaveThemOnce() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Goal goal = Tenancy.with(scope, () -> goals.save(goal("Meer ontmoeting")));
        Tenancy.with(
                scope, () -> goals.saveIndicator(goal.getId(), indicator("Gasten dorpsdiner", ValueType.COUNT, 60)));

        ImportReport refused = Tenancy.with(scope, () -> measurements.importCsv(csv("""
                indicator;periode_van;periode_tot;waarde
                Gasten dorpsdiner;01-09-2026;30-09-2026;41
                Gasten dorpsdiner;01-10-2026;31-10-2026;veertig
                Gasten dorpsdiner;01-11-2026;30-11-2026;48
                """)));
        assertFalse(refused.imported());
        assertEquals(List.of(new MeasurementCsv.RowError(3, "import.value.invalid", "veertig")), refused.errors());
        assertEquals(0, Tenancy.with(scope, measurements::count), "one bad row: nothing imported");

        String fixed = """
                indicator;periode_van;periode_tot;waarde
                Gasten dorpsdiner;01-09-2026;30-09-2026;41
                Gasten dorpsdiner;01-10-2026;31-10-2026;40
                Gasten dorpsdiner;01-11-2026;30-11-2026;48
                """;
        ImportReport first = Tenancy.with(scope, () -> measurements.importCsv(csv(fixed)));
        assertEquals(3, first.added());
        ImportReport again = Tenancy.with(scope, () -> measurements.importCsv(csv(fixed)));
        assertEquals(List.of(0, 0, 3), List.of(again.added(), again.changed(), again.unchanged()));
        ImportReport corrected = Tenancy.with(scope, () -> measurements.importCsv(csv(fixed.replace(";48", ";52"))));
        assertEquals(List.of(0, 1, 2), List.of(corrected.added(), corrected.changed(), corrected.unchanged()));
        assertEquals(3, Tenancy.with(scope, measurements::count));

        GoalProgress.IndicatorProgress progress =
                Tenancy.with(scope, goals::overview).get(0).indicators().get(0);
        assertEquals(3, progress.points().size());
        assertEquals(0, new BigDecimal("52").compareTo(progress.latest().value()));
        assertEquals(Light.ORANGE, progress.light(), "52 of 60 from zero is more than halfway");
        List<AuditAction> logged = Tenancy.with(scope, () -> audit.page(0, 20)).stream()
                .map(AuditEntry::getAction)
                .toList();
        assertEquals(
                List.of(
                        AuditAction.IMPORT,
                        AuditAction.IMPORT,
                        AuditAction.IMPORT,
                        AuditAction.CREATE,
                        AuditAction.CREATE),
                logged,
                "three imports that saved, indicator and goal created; the refused import left no trace");
    }

    @Test
    void theGridRecordsAPeriodAndRefusesValuesSomeoneElseChangedMeanwhile() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Goal goal = Tenancy.with(scope, () -> goals.save(goal("Minder eenzaamheid")));
        Tenancy.with(
                scope,
                () -> goals.saveIndicator(goal.getId(), indicator("Bezoekers koffieochtend", ValueType.COUNT, 30)));
        Tenancy.with(
                scope, () -> goals.saveIndicator(goal.getId(), indicator("Tevredenheid", ValueType.PERCENTAGE, 80)));
        LocalDate day = LocalDate.of(2026, 11, 12);

        List<GridRow> mine = Tenancy.with(scope, () -> measurements.grid(day));
        List<GridRow> theirs = Tenancy.with(scope, () -> measurements.grid(day));
        mine.get(0).setValue(new BigDecimal("22"));
        mine.get(1).setValue(new BigDecimal("130"));
        ValidationFailure tooMuch =
                assertThrows(ValidationFailure.class, () -> Tenancy.with(scope, () -> measurements.recordPeriod(mine)));
        assertEquals("rows:1:value", tooMuch.getField());
        assertEquals(0, Tenancy.with(scope, measurements::count), "a refused grid saves no row at all");

        mine.get(1).setValue(new BigDecimal("75"));
        assertEquals(2, Tenancy.with(scope, () -> measurements.recordPeriod(mine)));
        assertEquals(
                0,
                Tenancy.with(scope, () -> measurements.recordPeriod(Tenancy.with(scope, () -> measurements.grid(day)))),
                "saving the same values again changes nothing");

        theirs.get(0).setValue(new BigDecimal("25"));
        assertThrows(ConcurrentEditException.class, () -> Tenancy.with(scope, () -> measurements.recordPeriod(theirs)));
        assertEquals(
                0,
                new BigDecimal("22")
                        .compareTo(Tenancy.with(scope, () -> measurements.grid(day))
                                .get(0)
                                .getValue()),
                "the first save is kept");
        assertEquals(LocalDate.of(2026, 11, 1), mine.get(0).getPeriod().start());
    }

    @Test
    void aGoalSavedWithAnOldVersionIsAConflict() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Goal goal = Tenancy.with(scope, () -> goals.save(goal("Jongeren doen mee")));
        GoalForm first = Tenancy.with(scope, () -> goals.form(goal.getId()));
        GoalForm second = Tenancy.with(scope, () -> goals.form(goal.getId()));

        first.setTitle("Jongeren doen volop mee");
        Tenancy.with(scope, () -> goals.save(first));
        second.setTitle("Jongeren doen een beetje mee");

        assertThrows(ConcurrentEditException.class, () -> Tenancy.with(scope, () -> goals.save(second)));
        assertEquals(
                "Jongeren doen volop mee",
                Tenancy.with(scope, () -> goals.form(goal.getId())).getTitle());
    }

    @Test
    void anotherInitiativesGoalsAndIndicatorsAreNotFoundAndItsNamesUnknown() {
        Tenancy.Scope a = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Tenancy.Scope b = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Goal goalOfA = Tenancy.with(a, () -> goals.save(goal("Doel")));
        Indicator indicatorOfA = Tenancy.with(
                a, () -> goals.saveIndicator(goalOfA.getId(), indicator("Alleen van A", ValueType.COUNT, 5)));

        assertThrows(NotFoundException.class, () -> Tenancy.with(b, () -> goals.form(goalOfA.getId())));
        assertThrows(NotFoundException.class, () -> Tenancy.with(b, () -> goals.indicator(indicatorOfA.getId())));
        assertThrows(
                NotFoundException.class,
                () -> Tenancy.with(
                        b, () -> goals.saveIndicator(goalOfA.getId(), indicator("Ingeschoven", ValueType.COUNT, 1))));
        assertThrows(
                NotFoundException.class,
                () -> Tenancy.with(b, () -> {
                    goals.delete(goalOfA.getId(), goalOfA.getVersion());
                    return null;
                }));
        ImportReport report = Tenancy.with(
                b, () -> measurements.importCsv(csv("indicator;periode_van;waarde\nAlleen van A;01-10-2026;3\n")));
        assertEquals("import.indicator.unknown", report.errors().get(0).messageKey());
        assertTrue(Tenancy.with(b, goals::overview).isEmpty());
        Tenancy.with(a, () -> measurements.importCsv(csv("indicator;periode_van;waarde\nAlleen van A;01-10-2026;3\n")));
        assertEquals(
                List.of("Doel", "Alleen van A"),
                excelRow(Tenancy.with(a, () -> measurements.exportExcel(InContainer::dutch)), 1));
        assertEquals(
                List.of(),
                excelRow(Tenancy.with(b, () -> measurements.exportExcel(InContainer::dutch)), 1),
                "B's export holds no row of A");
        assertEquals(1, Tenancy.with(a, goals::overview).size(), "A's goal is untouched");
    }

    @Test
    void indicatorsRefuseTargetsThatDoNotFitTheirTypeAndDuplicateNames() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Goal goal = Tenancy.with(scope, () -> goals.save(goal("Gezonde dorpsbewoners")));
        Tenancy.with(scope, () -> goals.saveIndicator(goal.getId(), indicator("Wandelaars", ValueType.COUNT, 20)));

        ValidationFailure percentage = assertThrows(
                ValidationFailure.class,
                () -> Tenancy.with(
                        scope,
                        () -> goals.saveIndicator(goal.getId(), indicator("Bewegers", ValueType.PERCENTAGE, 120))));
        assertEquals("target", percentage.getField());
        ValidationFailure taken = assertThrows(
                ValidationFailure.class,
                () -> Tenancy.with(
                        scope, () -> goals.saveIndicator(goal.getId(), indicator("WANDELAARS", ValueType.COUNT, 3))));
        assertEquals("indicator.name.taken", taken.getMessageKey());
        assertEquals(
                1, Tenancy.with(scope, () -> goals.indicatorsOf(goal.getId())).size());
    }

    /** The first two cells of a row of the exported workbook, or nothing when there is no such row. */
    private static List<String> excelRow(byte[] workbook, int index) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Row row = book.getSheetAt(0).getRow(index);
            return row == null
                    ? List.of()
                    : List.of(
                            row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static GoalForm goal(String title) {
        GoalForm form = new GoalForm();
        form.setTitle(title);
        return form;
    }

    private static IndicatorForm indicator(String name, ValueType type, int target) {
        IndicatorForm indicator = new IndicatorForm();
        indicator.setName(name);
        indicator.setValueType(type);
        indicator.setTarget(BigDecimal.valueOf(target));
        return indicator;
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
