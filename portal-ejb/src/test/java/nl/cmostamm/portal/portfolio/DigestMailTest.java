package nl.cmostamm.portal.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.cmostamm.portal.security.Language;
import org.junit.jupiter.api.Test;

/** The advisors' morning e-mail as it reads, in both languages. */
class DigestMailTest {

    private static final List<AlertDigests.Line> LINES = List.of(
            new AlertDigests.Line(
                    "Dorpsloket Middelstum",
                    AlertKind.WAVE_CLOSING,
                    "Tevredenheid {0} 'najaar'",
                    LocalDate.of(2026, 12, 5)),
            new AlertDigests.Line("Dorpsloket Middelstum", AlertKind.INDICATOR_STALE, "Bezoekers inloop", null),
            new AlertDigests.Line("Dorpshuis Smilde", AlertKind.GOAL_OFF_TRACK, "Minder eenzaam", null));

    @Test
    void theDutchMailListsEachInitiativeOnceWithItsAlertsInDutchDates() {
        DigestMail mail = DigestMail.compose(
                new AlertDigests.Recipient(1, "a@test.local", "Anne", Language.NL),
                LINES,
                "https://p/d",
                "https://p/p");

        assertEquals("3 nieuwe signalen in uw portfolio", mail.subject());
        assertTrue(mail.body().startsWith("Beste Anne,\n\nSinds het vorige overzicht zijn er 3 nieuwe signalen"));
        // what an initiative typed is an argument, never a pattern: braces and quotes come out as typed
        assertTrue(
                mail.body()
                        .contains("\nDorpsloket Middelstum\n- Meting Tevredenheid {0} 'najaar' sluit op 5-12-2026\n"
                                + "- Indicator Bezoekers inloop is nog nooit gemeten\n"),
                mail.body());
        assertTrue(mail.body().contains("\nDorpshuis Smilde\n- Doel Minder eenzaam staat op rood\n"), mail.body());
        assertEquals(1, mail.body().split("Dorpsloket Middelstum", -1).length - 1, "each initiative named once");
        assertTrue(mail.body().contains("'s ochtends"), "the apostrophe survives the message format");
        assertTrue(mail.body().contains("https://p/d") && mail.body().contains("https://p/p"));
    }

    @Test
    void anAdvisorWhoChoseEnglishGetsItInEnglishAndOneAlertInTheSingular() {
        DigestMail mail = DigestMail.compose(
                new AlertDigests.Recipient(2, "b@test.local", "Bob", Language.EN),
                LINES.subList(1, 2),
                "https://p/d",
                "https://p/p");

        assertEquals("1 new alert in your portfolio", mail.subject());
        assertTrue(mail.body().contains("there is 1 new alert"), mail.body());
        assertTrue(mail.body().contains("- Indicator Bezoekers inloop has never been measured"), mail.body());
        assertFalse(mail.body().contains("Beste"), "no Dutch left in it");
    }
}
