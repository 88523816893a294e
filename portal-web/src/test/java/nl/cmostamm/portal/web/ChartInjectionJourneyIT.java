package nl.cmostamm.portal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.cmostamm.portal.testing.Browser;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A board member plants {@code </script>} followed by markup in every text that becomes a chart
 * label: a survey question and its options, two wave names and a help category. The board admin
 * (who would be the victim) opens the survey results with the wave comparison and the logbook's
 * annual overview: every chart shows the text exactly as typed, and none of the planted markup
 * became part of the page.
 */
class ChartInjectionJourneyIT {

    private static final String PLANTED = "</script><form id=\"planted\" action=\"/s/x\"><input name=\"q1\"></form>";

    @Test
    void textThatEndsAScriptStaysALabelInEveryChart() {
        Initiative initiative = Fixtures.initiative("Grafiekproef " + Fixtures.unique("g"), "Westerkwartier");
        Person chair = Fixtures.boardMember(initiative, "BOARD_ADMIN");
        long survey = Fixtures.inTenant(
                initiative.id(),
                "insert into survey (initiative_id, name) values (?, ?) returning id",
                initiative.id(),
                "Proef");
        long question = Fixtures.inTenant(
                initiative.id(),
                "insert into survey_question "
                        + "(initiative_id, survey_id, position, type, text, options, required) values (?, ?, 1, 'LIKERT', ?, ?, true) returning id",
                initiative.id(),
                survey,
                "Vraag " + PLANTED,
                "Optie " + PLANTED + "\nTwee\nDrie\nVier\nVijf");
        long spring = answeredWave(initiative, survey, question, "Voorjaar " + PLANTED, 1);
        answeredWave(initiative, survey, question, "Najaar " + PLANTED, 4);
        long category = Fixtures.helpCategory(initiative, "Klussen " + PLANTED);
        Fixtures.helpRequest(initiative, category, "A.B.", Fixtures.volunteer(initiative, "Vera", category), 2);

        try (Browser board = new Browser()) {
            board.logIn(chair.email(), Fixtures.PASSWORD).open("/app/initiative/home.xhtml");
            board.open("/app/survey/results.xhtml?wave=" + spring);
            assertIntact(board);
            assertTrue(chartTexts(board).contains("Optie " + PLANTED), chartTexts(board));

            board.click("compare:with");
            board.driver().findElements(By.cssSelector("[id='compare:with_items'] li")).stream()
                    .filter(item ->
                            String.valueOf(item.getAttribute("data-label")).startsWith("Najaar"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            board.awaitQuiet();
            board.awaitTrue(() -> chartTexts(board).contains("Najaar " + PLANTED));
            assertIntact(board);
            assertTrue(chartTexts(board).contains("Voorjaar " + PLANTED), chartTexts(board));

            board.open("/app/logbook/annual.xhtml");
            assertIntact(board);
            assertTrue(chartTexts(board).contains("Klussen " + PLANTED), chartTexts(board));
        }
    }

    private static long answeredWave(Initiative initiative, long survey, long question, String name, int choice) {
        long wave = Fixtures.waveOf(initiative, Fixtures.wave(initiative, survey, name, true));
        long response = Fixtures.inTenant(
                initiative.id(),
                "insert into survey_response "
                        + "(initiative_id, wave_id, submission_key, submitted_on, language) values (?, ?, ?, current_date, 'nl') returning id",
                initiative.id(),
                wave,
                Fixtures.unique("key"));
        Fixtures.inTenant(
                initiative.id(),
                "insert into survey_answer (initiative_id, response_id, question_id, choice) values (?, ?, ?, ?)",
                initiative.id(),
                response,
                question,
                choice);
        return wave;
    }

    private static void assertIntact(Browser board) {
        assertFalse(board.has("planted"), "planted markup became part of " + board.path());
        Object charts = board.script("return document.querySelectorAll('canvas').length");
        assertTrue(((Number) charts).intValue() > 0, "the charts were drawn on " + board.path());
    }

    /** Every label and dataset name of every chart Chart.js drew on the page, one per line. */
    private static String chartTexts(Browser board) {
        return String.valueOf(board.script("""
                return Array.from(document.querySelectorAll('canvas')).map(c => Chart.getChart(c)).filter(c => c)
                    .flatMap(c => c.data.labels.concat(c.data.datasets.map(d => d.label))).join('\\n');"""));
    }
}
