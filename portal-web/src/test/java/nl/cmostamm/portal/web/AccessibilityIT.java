package nl.cmostamm.portal.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.cmostamm.portal.testing.Browser;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import org.junit.jupiter.api.Test;

/**
 * Every page checked with axe-core for WCAG 2.1 A and AA in the real browser: labels, contrast,
 * headings, landmarks, names of controls. A page with any violation fails, with the rules and the
 * elements in the message.
 */
class AccessibilityIT {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Test
    void publicPagesMeetWcag21AA() {
        try (Browser browser = new Browser()) {
            for (String page : List.of(
                    "/login.xhtml",
                    "/forgot-password.xhtml",
                    "/set-password.xhtml?token=onbekend",
                    "/bestaat-niet.xhtml")) {
                assertAccessible(browser.open(page), page);
            }
        }
    }

    /** The public answering page on a phone: the empty form, the form with its errors, thanks, closed, unknown. */
    @Test
    void surveyPagesForRespondentsMeetWcag21AA() {
        Initiative initiative = Fixtures.initiative("Buurthuis Toegankelijk " + Fixtures.unique("t"), "Emmen");
        long survey = Fixtures.survey(initiative, "Peiling " + Fixtures.unique("p"));
        Fixtures.inTenant(
                initiative.id(),
                "insert into survey_question (initiative_id, survey_id, position, section, type, text, help, "
                        + "options, required) values (?, ?, 2, 'Over u', 'MULTIPLE', 'Wat doet u graag?', 'Kies alles wat past.', "
                        + "'Wandelen' || chr(10) || 'Koken' || chr(10) || 'Zingen', false)",
                initiative.id(),
                survey);
        Fixtures.inTenant(
                initiative.id(),
                "insert into survey_question (initiative_id, survey_id, position, type, text, required) "
                        + "values (?, ?, 3, 'NUMBER', 'Hoe oud bent u?', false)",
                initiative.id(),
                survey);
        Fixtures.inTenant(
                initiative.id(),
                "insert into survey_question (initiative_id, survey_id, position, type, text, required) "
                        + "values (?, ?, 4, 'LONG_TEXT', 'Wat wilt u nog kwijt?', false)",
                initiative.id(),
                survey);
        String open = Fixtures.wave(initiative, survey, "Open", true);
        String closed = Fixtures.wave(initiative, survey, "Dicht", false);
        try (Browser phone = Browser.phone()) {
            assertAccessible(phone.open("/s/" + open), "the survey form");
            phone.click("submit");
            phone.awaitText("Deze vraag is verplicht.");
            assertAccessible(phone, "the survey form with errors");
            assertAccessible(phone.open("/s/" + open + "?klaar=1"), "the thank-you page");
            assertAccessible(phone.open("/s/" + closed), "the closed page");
            assertAccessible(phone.open("/s/onbekend"), "the unknown-link page");
        }
    }

    @Test
    void pagesOfAnAdminAndAnInitiativeMeetWcag21AA() {
        Initiative initiative = Fixtures.initiative("Dorpshuis Toegankelijk " + Fixtures.unique("a"), "Assen");
        Fixtures.theme(initiative, "Sociale cohesie");
        Fixtures.boardMember(initiative, "BOARD_ADMIN");
        long goal = Fixtures.goal(initiative, "Meer ontmoeting");
        long indicator = Fixtures.indicator(initiative, goal, "Gasten dorpsdiner", 60);
        Fixtures.measurement(initiative, indicator, LocalDate.of(2026, 9, 1), 41);
        Fixtures.measurement(initiative, indicator, LocalDate.of(2026, 10, 1), 48);
        long activity = Fixtures.activity(initiative, "Dorpsdiner", LocalDate.of(2026, 10, 2), 42);
        long category = Fixtures.helpCategory(initiative, "Vervoer");
        long volunteer = Fixtures.volunteer(initiative, "Henk Bakker", category);
        long request = Fixtures.helpRequest(initiative, category, "mevr. D.", volunteer, 9);
        long story = Fixtures.story(initiative, "Vader zingt weer");
        Fixtures.stakeholderGroup(initiative, "Deelnemers");
        Fixtures.methodChoice(initiative, "THEORY_OF_CHANGE,NARRATIVE", "Begin met de verandertheorie.");
        long[] toc = Fixtures.theoryOfChange(initiative, indicator);
        long[] sroi = Fixtures.sroiAnalysis(initiative, "Prognose 2025", false);
        long[] msc = Fixtures.mscRound(initiative, "Najaar 2026", story);
        long survey = Fixtures.survey(initiative, "Tevredenheid");
        String token = Fixtures.wave(initiative, survey, "Voorjaar", true);
        long wave = Fixtures.waveOf(initiative, token);
        String later = Fixtures.wave(initiative, survey, "Najaar", true);
        for (String link : List.of(token, token, later)) {
            // answers in two waves, so the results page shows its comparison section too
            new nl.cmostamm.portal.testing.PortalClient()
                    .post(
                            "/s/" + link,
                            java.util.Map.of(
                                    "key",
                                    java.util.UUID.randomUUID().toString(),
                                    "q" + Fixtures.firstQuestion(initiative, survey),
                                    "4"));
        }
        long effect = Fixtures.effect(
                initiative, "Meer ontmoeting in het dorp", goal, wave, Fixtures.waveOf(initiative, later));
        Fixtures.effectIndicator(initiative, effect, indicator);
        Fixtures.lonelinessComparison(initiative, effect);
        Person admin = Fixtures.account("Beheerder Toegankelijk", true, false);

        try (Browser browser = new Browser()) {
            browser.logIn(admin.email(), Fixtures.PASSWORD);
            for (String page : List.of(
                    "/app/portfolio/portfolio.xhtml",
                    "/app/portfolio/new-initiative.xhtml",
                    "/app/admin/advisors.xhtml",
                    "/app/admin/maintenance.xhtml",
                    "/app/admin/leave.xhtml",
                    "/app/admin/person-data.xhtml",
                    "/app/account/profile.xhtml",
                    "/app/enter.xhtml?initiative=" + initiative.slug(),
                    "/app/initiative/edit.xhtml",
                    "/app/initiative/members.xhtml",
                    "/app/initiative/advisors.xhtml",
                    "/app/initiative/export.xhtml",
                    "/app/goal/goal-overview.xhtml",
                    "/app/goal/edit-goal.xhtml?id=" + goal,
                    "/app/goal/edit-indicator.xhtml?id=" + indicator,
                    "/app/datacollection/record-measurements.xhtml",
                    "/app/datacollection/measurements.xhtml",
                    "/app/audit/audit-trail.xhtml",
                    "/app/activity/activities.xhtml",
                    "/app/activity/activity.xhtml?id=" + activity,
                    "/app/logbook/week.xhtml",
                    "/app/logbook/help-request.xhtml?id=" + request,
                    "/app/logbook/volunteers.xhtml",
                    "/app/logbook/volunteer.xhtml?id=" + volunteer,
                    "/app/logbook/load.xhtml",
                    "/app/logbook/annual.xhtml",
                    "/app/story/stories.xhtml",
                    "/app/story/story.xhtml?id=" + story,
                    "/app/story/edit-story.xhtml?id=" + story,
                    "/app/stakeholder/stakeholders.xhtml",
                    "/app/stakeholder/involvement.xhtml",
                    "/app/survey/surveys.xhtml",
                    "/app/survey/survey.xhtml?id=" + survey,
                    "/app/survey/results.xhtml?wave=" + wave,
                    "/app/method/chooser.xhtml",
                    "/app/method/toc.xhtml",
                    "/app/method/toc-steps.xhtml?step=1",
                    "/app/method/toc-steps.xhtml?step=8",
                    "/app/method/toc-element.xhtml?id=" + toc[0],
                    "/app/method/toc-element.xhtml?level=PROBLEM",
                    "/app/method/toc-versions.xhtml",
                    "/app/method/toc-version.xhtml?id=" + toc[1],
                    "/app/method/sroi.xhtml",
                    "/app/method/sroi-map.xhtml?id=" + sroi[0],
                    "/app/method/sroi-analysis.xhtml?id=" + sroi[0],
                    "/app/method/sroi-input.xhtml?analysis=" + sroi[0],
                    "/app/method/sroi-outcome.xhtml?analysis=" + sroi[0] + "&id=" + sroi[1],
                    "/app/method/sroi-scenario.xhtml?analysis=" + sroi[0],
                    "/app/method/msc.xhtml",
                    "/app/method/outcomes.xhtml",
                    "/app/report/factsheet.xhtml",
                    "/app/method/msc-domain.xhtml?id=" + msc[2],
                    "/app/method/msc-round-settings.xhtml",
                    "/app/method/msc-round.xhtml?id=" + msc[0],
                    "/app/method/msc-panel.xhtml?id=" + msc[1],
                    "/app/method/msc-panel.xhtml?round=" + msc[0],
                    "/app/method/effects.xhtml",
                    "/app/method/effect.xhtml?id=" + effect,
                    "/app/method/effect-edit.xhtml?id=" + effect,
                    "/app/method/effect-edit.xhtml",
                    "/app/proxies/proxies.xhtml",
                    "/app/proxies/proxy.xhtml",
                    "/app/proxies/proxy.xhtml?id=" + Fixtures.firstProxy())) {
                browser.open(page);
                // an error page is accessible too, but then the page itself was never checked
                for (String error : List.of("Geen toegang", "Niet gevonden", "Er ging iets mis", "Pagina verlopen")) {
                    assertFalse(browser.title().startsWith(error), page + " showed: " + browser.title());
                }
                assertAccessible(browser, page);
            }
        }
    }

    /** Fails with the rules and elements when the page in the browser violates WCAG 2.1 A or AA. */
    static void assertAccessible(Browser browser, String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
        List<Rule> violations = results.getViolations();
        assertTrue(
                violations.isEmpty(),
                page + " violates:\n"
                        + violations.stream()
                                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                                        + rule.getNodes().stream()
                                                .map(node -> String.valueOf(node.getTarget()))
                                                .limit(5)
                                                .collect(Collectors.joining(", ")))
                                .collect(Collectors.joining("\n")));
    }
}
