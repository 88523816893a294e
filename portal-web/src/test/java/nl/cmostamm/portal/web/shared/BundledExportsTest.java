package nl.cmostamm.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.ResourceBundle;
import nl.cmostamm.portal.datacollection.Measurement;
import nl.cmostamm.portal.datacollection.MeasurementCsv;
import nl.cmostamm.portal.goal.Frequency;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.goal.ValueType;
import nl.cmostamm.portal.security.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The exports take their words from the {@code text} bundle; where a file is read back or saved,
 * those words are bound by more than taste. Checked for both languages.
 */
class BundledExportsTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void aMeasurementCsvExportedInEitherLanguageIsImportedAgain(Language language) {
        ResourceBundle text = Texts.bundle(language.locale());
        Indicator guests = new Indicator();
        guests.setName("Gasten dorpsdiner");
        guests.setValueType(ValueType.COUNT);
        guests.setFrequency(Frequency.MONTHLY);
        Measurement measurement = new Measurement(guests, Frequency.MONTHLY.periodOf(LocalDate.of(2026, 9, 3)));
        measurement.record(new BigDecimal("38"), "Oogstdiner", "presentielijst", null);

        byte[] exported = MeasurementCsv.export(List.of(measurement), text::getString);
        MeasurementCsv.Parsed parsed = MeasurementCsv.parse(exported, name -> guests);

        assertTrue(parsed.ok(), parsed.errors().toString());
        assertEquals(LocalDate.of(2026, 9, 30), parsed.rows().get(0).period().end());
        assertEquals("presentielijst", parsed.rows().get(0).source());
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void theMeasurementCsvHeaderIsInTheReadersLanguageAndDutchAsBefore(Language language) {
        String exported = new String(
                MeasurementCsv.export(List.of(), Texts.bundle(language.locale())::getString), StandardCharsets.UTF_8);

        String header = language == Language.NL
                ? "indicator;periode_van;periode_tot;waarde;toelichting;bron"
                : "indicator;period_start;period_end;value;note;source";
        assertEquals("\uFEFF" + header + "\r\n", exported);
    }

    /** A download's name goes into a header and a file system: no spaces, quotes or accents. */
    @ParameterizedTest
    @EnumSource(Language.class)
    void fileNamesArePlainLettersAndHyphens(Language language) {
        ResourceBundle text = Texts.bundle(language.locale());
        List<String> names =
                text.keySet().stream().filter(key -> key.startsWith("file.")).toList();

        assertEquals(16, names.size(), names.toString());
        names.forEach(key -> assertTrue(text.getString(key).matches("[a-z]+(-[a-z]+)*"), key));
    }
}
