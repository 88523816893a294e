package nl.cmostamm.portal.datacollection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.cmostamm.portal.datacollection.MeasurementCsv.Parsed;
import nl.cmostamm.portal.datacollection.MeasurementCsv.RowError;
import nl.cmostamm.portal.goal.Frequency;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.goal.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeasurementCsvTest {

    /** The column names as the {@code text} bundle gives them (see BundledExportsTest in portal-web). */
    private static final Map<String, String> DUTCH = Map.of(
            "measurementCsv.indicator", "indicator",
            "measurementCsv.periode_van", "periode_van",
            "measurementCsv.periode_tot", "periode_tot",
            "measurementCsv.waarde", "waarde",
            "measurementCsv.toelichting", "toelichting",
            "measurementCsv.bron", "bron");

    private static final Map<String, String> ENGLISH = Map.of(
            "measurementCsv.indicator", "indicator",
            "measurementCsv.periode_van", "period_start",
            "measurementCsv.periode_tot", "period_end",
            "measurementCsv.waarde", "value",
            "measurementCsv.toelichting", "note",
            "measurementCsv.bron", "source");

    private final Indicator guests = indicator("Gasten dorpsdiner", ValueType.COUNT, Frequency.MONTHLY);
    private final Indicator satisfaction = indicator("Tevredenheid", ValueType.SCORE, Frequency.QUARTERLY);
    private final Map<String, Indicator> byName = Map.of("gasten dorpsdiner", guests, "tevredenheid", satisfaction);

    private Parsed parse(String csv) {
        return MeasurementCsv.parse(
                csv.getBytes(StandardCharsets.UTF_8), name -> byName.get(name.toLowerCase(Locale.ROOT)));
    }

    @Test
    void aDutchSpreadsheetFileIsRead() {
        Parsed parsed = parse("""
                indicator;periode_van;periode_tot;waarde;toelichting;bron
                Gasten dorpsdiner;01-10-2026;31-10-2026;42;Oogstdiner;presentielijst
                tevredenheid;15-11-2026;;7,5;;enquête
                """);

        assertTrue(parsed.ok(), parsed.errors().toString());
        assertEquals(2, parsed.rows().size());
        assertEquals(new BigDecimal("42"), parsed.rows().get(0).value());
        assertEquals("Oogstdiner", parsed.rows().get(0).note());
        // no end date: the indicator's quarter around the start date
        assertEquals(
                new Frequency.Period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)),
                parsed.rows().get(1).period());
        assertEquals(new BigDecimal("7.5"), parsed.rows().get(1).value());
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndNoRowIsAccepted() {
        Parsed parsed = parse("""
                indicator;periode_van;periode_tot;waarde
                Gasten dorpsdiner;01-10-2026;31-10-2026;42
                Onbekend;01-10-2026;;3
                Gasten dorpsdiner;32-10-2026;;3
                Gasten dorpsdiner;01-11-2026;;drie
                Gasten dorpsdiner;01-12-2026;;4,5
                Tevredenheid;01-12-2026;;11
                Gasten dorpsdiner;01-10-2026;31-10-2026;40
                """);

        assertEquals(List.of(), parsed.rows());
        assertEquals(
                List.of(
                        new RowError(3, "import.indicator.unknown", "Onbekend"),
                        new RowError(4, "import.date.invalid", "32-10-2026"),
                        new RowError(5, "import.value.invalid", "drie"),
                        new RowError(6, "measurement.value.count", "4,5"),
                        new RowError(7, "measurement.value.score", "11"),
                        new RowError(8, "import.row.duplicate", "Gasten dorpsdiner")),
                parsed.errors());
    }

    @Test
    void aPeriodThatIsNotOneOfTheIndicatorsPeriodsIsRefusedByLineAndNothingIsImported() {
        Parsed parsed = parse("""
                indicator;periode_van;periode_tot;waarde
                Gasten dorpsdiner;01-10-2026;31-10-2026;42
                Gasten dorpsdiner;01-02-2026;30-11-2026;40
                Gasten dorpsdiner;15-03-2026;14-04-2026;38
                Tevredenheid;01-10-2026;31-10-2026;8
                Tevredenheid;01-07-2026;30-09-2026;7
                """);

        assertEquals(List.of(), parsed.rows());
        assertEquals(
                List.of(
                        new RowError(3, "import.period.frequency.MONTHLY", "01-02-2026 – 28-02-2026"),
                        new RowError(4, "import.period.frequency.MONTHLY", "01-03-2026 – 31-03-2026"),
                        new RowError(5, "import.period.frequency.QUARTERLY", "01-10-2026 – 31-12-2026")),
                parsed.errors());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"31-02-2026", "29-02-2026", "31/04/2026", "2026-02-30", "31-11-2026", "00-01-2026", "1-13-2026"})
    void anImpossibleDateIsRefusedNotMovedToTheMonthsEnd(String impossible) {
        assertNull(MeasurementCsv.date(impossible));

        Parsed parsed = parse("indicator;periode_van;waarde\nGasten dorpsdiner;" + impossible + ";42\n");
        assertEquals(List.of(new RowError(2, "import.date.invalid", impossible)), parsed.errors());
        assertEquals(List.of(), parsed.rows());
    }

    @Test
    void realDatesInEveryAcceptedNotationAreRead() {
        assertEquals(LocalDate.of(2028, 2, 29), MeasurementCsv.date("29-02-2028"));
        assertEquals(LocalDate.of(2026, 2, 28), MeasurementCsv.date("28-2-2026"));
        assertEquals(LocalDate.of(2026, 4, 30), MeasurementCsv.date("30/04/2026"));
        assertEquals(LocalDate.of(2026, 12, 31), MeasurementCsv.date("2026-12-31"));
    }

    @Test
    void commasIsoDatesEnglishHeadersAndOldExcelEncodingAreAccepted() {
        String csv = "Indicator,Period start,Value,Note\r\nGasten dorpsdiner,2026-10-01,42,Café\r\n";
        Parsed parsed = MeasurementCsv.parse(
                csv.getBytes(Charset.forName("windows-1252")), name -> byName.get(name.toLowerCase(Locale.ROOT)));

        assertTrue(parsed.ok(), parsed.errors().toString());
        assertEquals("Café", parsed.rows().get(0).note());
        assertEquals(LocalDate.of(2026, 10, 31), parsed.rows().get(0).period().end());
    }

    @Test
    void filesThatAreNoCsvAreRefusedAsAWhole() {
        assertEquals(
                "import.file.notText",
                only(MeasurementCsv.parse(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}, n -> null)));
        assertEquals("import.file.empty", only(parse("")));
        assertEquals("import.header.missing", only(parse("naam;datum\nx;y\n")));
        assertEquals("import.file.noRows", only(parse("indicator;periode_van;waarde\n;;\n")));
        assertEquals(
                "import.file.tooLarge", only(MeasurementCsv.parse(new byte[MeasurementCsv.MAX_BYTES + 1], n -> null)));
    }

    @Test
    void aDutchExportHasTheColumnNamesOfEveryEarlierFile() {
        String exported = new String(MeasurementCsv.export(List.of(), DUTCH::get), StandardCharsets.UTF_8);

        assertEquals("\uFEFFindicator;periode_van;periode_tot;waarde;toelichting;bron\r\n", exported);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "en"})
    void anExportedFileCanBeImportedAgainInEitherLanguage(String language) {
        Measurement measurement = new Measurement(guests, Frequency.MONTHLY.periodOf(LocalDate.of(2026, 9, 3)));
        measurement.record(new BigDecimal("38.00"), "=HYPERLINK(\"x\")", "lijst; map 2", null);

        byte[] exported = MeasurementCsv.export(List.of(measurement), (language.equals("en") ? ENGLISH : DUTCH)::get);
        Parsed parsed = MeasurementCsv.parse(exported, name -> byName.get(name.toLowerCase(Locale.ROOT)));

        assertTrue(parsed.ok(), parsed.errors().toString());
        assertEquals(new BigDecimal("38"), parsed.rows().get(0).value());
        assertEquals(LocalDate.of(2026, 9, 1), parsed.rows().get(0).period().start());
        assertEquals("lijst; map 2", parsed.rows().get(0).source());
        // a note that looks like a formula is defused, so a spreadsheet shows it as text
        assertEquals("'=HYPERLINK(\"x\")", parsed.rows().get(0).note());
    }

    private static String only(Parsed parsed) {
        assertEquals(1, parsed.errors().size(), parsed.errors().toString());
        return parsed.errors().get(0).messageKey();
    }

    private static Indicator indicator(String name, ValueType type, Frequency frequency) {
        Indicator indicator = new Indicator();
        indicator.setName(name);
        indicator.setValueType(type);
        indicator.setFrequency(frequency);
        indicator.setScoreMin(BigDecimal.ONE);
        indicator.setScoreMax(BigDecimal.TEN);
        return indicator;
    }
}
