package nl.cmostamm.portal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import nl.cmostamm.portal.devserver.PortalDatabase;
import nl.cmostamm.portal.devserver.PortalServer;
import nl.cmostamm.portal.testing.PortalClient;
import nl.cmostamm.portal.testing.TestEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo data set as the quick start promises it: a second portal with {@code PORTAL_DEMO=true}
 * on an empty database of its own (the other tests never see these accounts) has the six
 * initiatives and the demo logins of the README.
 */
class DemoDataSetIT {

    private static final String PASSWORD = "Inwonerskracht-demo-2026";
    private static PortalServer demo;

    @BeforeAll
    static void startADemoPortal() throws Exception {
        PortalDatabase database = TestEnvironment.database();
        Map<String, String> environment = new HashMap<>(database.portalEnvironment());
        environment.put("PORTAL_DB_URL", database.createDatabase("portal_demo"));
        environment.put("PORTAL_DEMO", "true");
        Path work = Files.createDirectories(Path.of(System.getProperty("portal.test.work", "target/it-work")));
        demo = PortalServer.start(
                Path.of(System.getProperty("payara.microJar")),
                Path.of(System.getProperty("portal.war")),
                Path.of(System.getProperty("portal.config.dir")),
                18082,
                environment,
                work.resolve("payara-demo.log"),
                Duration.ofMinutes(4));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void theAdminSeesAllSixInitiatives() {
        String portfolio =
                login("beheer@demo.local").get("/app/portfolio/portfolio.xhtml").body();

        for (String name : new String[] {
            "Dorpsloket Middelstum",
            "Dorpshuis Smilde",
            "Ebbingehof",
            "Odensehuis Meppel-Westerveld",
            "Welzijn Westerwolde",
            "GroeiHuis Eexterveen"
        }) {
            assertTrue(portfolio.contains(name), name);
        }
    }

    @Test
    void theSecondAdvisorSeesOnlySmildeAndTheOdensehuis() {
        String portfolio = login("adviseur2@demo.local")
                .get("/app/portfolio/portfolio.xhtml")
                .body();

        assertTrue(portfolio.contains("Dorpshuis Smilde"));
        assertTrue(portfolio.contains("Odensehuis Meppel-Westerveld"));
        assertFalse(portfolio.contains("Dorpsloket Middelstum"));
        assertFalse(portfolio.contains("Welzijn Westerwolde"));
    }

    @Test
    void everyBoardAdminAndMemberLandsInTheirOwnInitiative() {
        Map<String, String> initiatives = Map.of(
                "middelstum",
                "Dorpsloket Middelstum",
                "smilde",
                "Dorpshuis Smilde",
                "ebbingehof",
                "Ebbingehof",
                "odensehuis",
                "Odensehuis Meppel-Westerveld",
                "westerwolde",
                "Welzijn Westerwolde",
                "eexterveen",
                "GroeiHuis Eexterveen");
        initiatives.forEach((slug, name) -> {
            for (String role : new String[] {"bestuur", "lid"}) {
                HttpResponse<String> home =
                        login(role + "." + slug + "@demo.local").get("/app/initiative/home.xhtml");
                assertEquals(200, home.statusCode(), role + "." + slug);
                assertTrue(home.body().contains(name), role + "." + slug);
            }
        });
        assertTrue(
                login("bestuur.westerwolde@demo.local")
                        .get("/app/initiative/home.xhtml")
                        .body()
                        .contains("Autonomie &amp; meedoen"),
                "Westerwolde's three societal effects");
    }

    @Test
    void theDemoInitiativesHaveGoalsWithTwoYearsOfMeasurements() {
        PortalClient middelstum = login("lid.middelstum@demo.local");
        String overview = middelstum.get("/app/goal/goal-overview.xhtml").body();
        assertTrue(overview.contains("Hulpvragen snel en dichtbij beantwoord"), overview);
        assertTrue(overview.contains("Vrijwilligersuren"), overview);
        assertEquals(
                4,
                PortalClient.page(middelstum.get("/app/goal/goal-overview.xhtml"))
                        .select("div.ui-chart")
                        .size(),
                "a chart for each of Middelstum's four indicators");
        String measurements =
                middelstum.get("/app/datacollection/measurements.xhtml").body();
        assertTrue(measurements.contains("/ 96"), "4 indicators x 24 months");
        assertTrue(middelstum.get("/app/logbook/annual.xhtml").body().contains("Actieve vrijwilligers"));
        assertTrue(
                PortalClient.page(middelstum.get("/app/logbook/load.xhtml"))
                        .select("#warnings")
                        .text()
                        .contains("Henk Bakker"),
                "the demo's busiest volunteer is over the limit this week");
        String stories = login("bestuur.odensehuis@demo.local")
                .get("/app/story/stories.xhtml")
                .body();
        assertTrue(stories.contains("Vader zingt weer"), "a story with consent is listed");
        assertTrue(stories.contains("Verhalen die wachten op toestemming"), "a story without consent waits for it");
    }

    /**
     * Smilde's final 2023 evaluation and its 2025 forecast, each with a ratio and its range; the
     * final one offers no change. Middelstum's forecast counts volunteer hours from its logbook.
     */
    @Test
    void smildeAndMiddelstumHaveTheirSroiAnalyses() {
        PortalClient smilde = login("bestuur.smilde@demo.local");
        org.jsoup.nodes.Document list = PortalClient.page(smilde.get("/app/method/sroi.xhtml"));
        String analyses = list.select("#analyses").text();
        assertTrue(analyses.contains("Maatschappelijke waarde 2023") && analyses.contains("Definitief"), analyses);
        assertTrue(analyses.contains("Prognose 2025") && analyses.contains("Concept"), analyses);
        assertEquals(2, list.select("#analyses tbody tr").size(), analyses);
        assertTrue(analyses.matches(".*1 : \\d+,\\d\\d \\(bandbreedte \\d+,\\d\\d – \\d+,\\d\\d\\).*"), analyses);
        String finalMap = smilde.get(list.select("#analyses a:contains(Maatschappelijke waarde 2023)")
                        .attr("href"))
                .body();
        assertTrue(finalMap.contains("Minder eenzaam"), "its outcomes are shown");
        assertFalse(finalMap.contains("sroi-outcome.xhtml"), "and none invites a change");

        PortalClient middelstum = login("bestuur.middelstum@demo.local");
        org.jsoup.nodes.Document forecasts = PortalClient.page(middelstum.get("/app/method/sroi.xhtml"));
        String map =
                middelstum.get(forecasts.select("#analyses a").attr("href")).body();
        assertTrue(map.contains("uit het logboek"), "the hours' origin is shown");
        assertFalse(map.contains("0 uur ×"), "the logbook has hours in the last year");
    }

    /** Each home shows the methods its board chose; Smilde revisited its choice and has its advisor's note. */
    @Test
    void everyDemoInitiativeHasRecordedItsMethodChoice() {
        for (String slug :
                new String[] {"middelstum", "smilde", "ebbingehof", "odensehuis", "westerwolde", "eexterveen"}) {
            String home = login("lid." + slug + "@demo.local")
                    .get("/app/initiative/home.xhtml")
                    .body();
            assertTrue(home.contains("id=\"methods\""), slug + " shows its chosen methods");
            assertFalse(home.contains("id=\"noMethods\""), slug);
        }
        String chooser = login("bestuur.smilde@demo.local")
                .get("/app/method/chooser.xhtml")
                .body();
        assertTrue(chooser.contains("Narratieve methode"), chooser);
        assertTrue(chooser.contains("feitenblad"), "the advisor's note");
        assertEquals(
                2,
                PortalClient.page(login("bestuur.smilde@demo.local").get("/app/method/chooser.xhtml"))
                        .select("[id='history:takes'] tbody tr")
                        .size(),
                "the first choice and the revisited one");
    }

    /**
     * The Odensehuis's MSC round is closed history: its two domains stand for its goal, the board
     * chose from the team's choices and said why, the overview holds what {@code chosenForReports()}
     * returns, and the story still waiting for consent is in no round.
     */
    @Test
    void theOdensehuisClosedAnMscRoundInWhichTheBoardChoseAndSaidWhy() {
        PortalClient odensehuis = login("bestuur.odensehuis@demo.local");
        org.jsoup.nodes.Document overview = PortalClient.page(odensehuis.get("/app/method/msc.xhtml"));
        String domains = overview.select("#domains").text();
        assertEquals(2, overview.select("#domains tbody tr").size(), domains);
        assertTrue(domains.contains("Ontlasting van mantelzorgers") && domains.contains("Je welkom voelen"), domains);
        assertTrue(domains.contains("Een plek om naartoe te gaan, met of zonder diagnose"), "each stands for the goal");
        assertEquals(
                1,
                overview.select("#rounds tbody tr").size(),
                overview.select("#rounds").text());
        String rounds = overview.select("#rounds tbody tr").text();
        assertTrue(rounds.contains("Na het inloopseizoen 2026") && rounds.contains("Gesloten"), rounds);
        assertFalse(overview.select("#chosen li").isEmpty(), "stories chosen for reports");
        assertTrue(overview.select("#chosen").text().contains("Bestuur"), "chosen by the last stage");

        org.jsoup.nodes.Document round = PortalClient.page(odensehuis.get(
                overview.select("#rounds a:contains(Na het inloopseizoen 2026)").attr("href")));
        assertFalse(round.select("#closedNotice").isEmpty(), "the round is history");
        String result = round.select("#result").text();
        assertTrue(result.contains("Gekozen door Bestuur"), result);
        assertTrue(result.contains("zodat zwaardere zorg kan wachten"), "the board's own reason: " + result);
        assertEquals(
                6,
                round.select(".msc-entry").size(),
                "every Odensehuis story with consent for internal learning is entered");
        assertFalse(round.text().contains("Een plek zonder diagnose"), "the story without consent is in no round");
    }

    /**
     * Welzijn Westerwolde asks its clients when a case is closed; the results come per help
     * category, and a category with fewer than five answers shows only its number.
     */
    @Test
    void westerwoldeShowsItsCaseClosureAnswersByHelpCategory() {
        PortalClient westerwolde = login("bestuur.westerwolde@demo.local");
        org.jsoup.nodes.Document surveys = PortalClient.page(westerwolde.get("/app/survey/surveys.xhtml"));
        org.jsoup.nodes.Document survey =
                PortalClient.page(westerwolde.get(surveys.select("#surveys a:contains(Tevredenheid bij afsluiting)")
                        .attr("href")));
        assertTrue(survey.select("[id='waves:list']").text().contains("Bij afsluiting hulpvraag"), "a CLOSURE wave");
        org.jsoup.nodes.Document results = PortalClient.page(
                westerwolde.get(survey.select("[id='waves:list:0:results']").attr("href")));

        org.jsoup.select.Elements categories = results.select("#categoryResponses tbody tr");
        long named = categories.stream()
                .filter(row -> !row.select("th").text().equals("Zonder categorie"))
                .count();
        assertTrue(named >= 4, categories.text());
        assertTrue(categories.text().contains("Zonder categorie"), "a few answered through the ordinary link");
        assertTrue(
                categories.stream().anyMatch(row -> row.text().contains("Te weinig antwoorden")),
                "a category under five is withheld: " + categories.text());
        assertTrue(results.select("#categoryTable0").text().contains("Te weinig antwoorden"), "also per question");
    }

    /**
     * Westerwolde links every effort to one of its three societal effects: each activity in its
     * list names an effect and target groups, and each help category on the load page has one.
     */
    @Test
    void westerwoldesActivitiesAndHelpCategoriesServeItsEffects() {
        java.util.List<String> effects =
                java.util.List.of("Leefbaarheid & socialiseren", "Ontwikkelen & (op)groeien", "Autonomie & meedoen");
        PortalClient westerwolde = login("bestuur.westerwolde@demo.local");

        org.jsoup.select.Elements activities = PortalClient.page(westerwolde.get("/app/activity/activities.xhtml"))
                .select("[id='activities'] tbody tr");
        assertTrue(activities.size() >= 5, activities.text());
        for (org.jsoup.nodes.Element row : activities) {
            assertTrue(effects.stream().anyMatch(row.text()::contains), "an effect: " + row.text());
            assertFalse(row.select("ul.tags li").isEmpty(), "target groups: " + row.text());
        }
        assertTrue(
                activities.text().contains("Nieuwkomers") && activities.text().contains("Gezinnen"));

        org.jsoup.select.Elements categories = PortalClient.page(westerwolde.get("/app/logbook/load.xhtml"))
                .select("[id='categoryEffects:effects'] select");
        assertEquals(6, categories.size(), "a choice per help category");
        for (org.jsoup.nodes.Element choice : categories) {
            String chosen = choice.select("option[selected]").text();
            assertTrue(effects.contains(chosen), choice.id() + ": " + chosen);
        }
    }

    /**
     * "Wat bereiken we?" holds evidence of at least three of the four methods (indicators, effect
     * from surveys, chosen stories, SROI value) on at least one row, for every demo initiative.
     */
    @ParameterizedTest
    @ValueSource(strings = {"middelstum", "smilde", "ebbingehof", "odensehuis", "westerwolde", "eexterveen"})
    void everyDemoInitiativesOutcomeRecordHasARowWithThreeKindsOfEvidence(String slug) {
        HttpResponse<String> response = login("bestuur." + slug + "@demo.local").get("/app/method/outcomes.xhtml");
        assertEquals(200, response.statusCode(), slug);
        org.jsoup.select.Elements rows = PortalClient.page(response).select(".outcome-row");
        assertFalse(rows.isEmpty(), slug + " has an outcome record");
        assertTrue(
                rows.stream()
                        .map(row -> row.select(".outcome-count").text())
                        .anyMatch(count -> count.equals("3 van de 4 soorten bewijs aanwezig")
                                || count.equals("4 van de 4 soorten bewijs aanwezig")),
                slug + ": " + rows.select(".outcome-count").eachText());
    }

    /** The Odensehuis's loneliness scale before and after its walk-in season, on its outcome record. */
    @Test
    void theOdensehuisOutcomeRecordShowsItsLonelinessEffect() {
        org.jsoup.select.Elements effects = PortalClient.page(
                        login("bestuur.odensehuis@demo.local").get("/app/method/outcomes.xhtml"))
                .select(".outcome-row .outcome-column:has(.outcome-effect)");
        String shown = effects.text();
        assertTrue(shown.contains("Minder eenzaam na het inloopseizoen"), shown);
        assertTrue(shown.contains("Voor het inloopseizoen") && shown.contains("Na het inloopseizoen"), shown);
    }

    @Test
    void westerwoldesTeamWalkedTheStepPlanWithEightParticipantsAndANextSessionIsPlanned() {
        PortalClient advisor = login("adviseur@demo.local");
        String sessions = advisor.get("/app/workshop/sessions.xhtml").body();
        assertTrue(sessions.contains("Verandertheorie met het team van Welzijn Westerwolde"), sessions);
        assertTrue(sessions.contains("Verandertheorie: het vervolg"), sessions);
        assertTrue(sessions.contains("Afgelopen") && sessions.contains("Gepland"), sessions);
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(
                        "session\\.xhtml\\?id=(\\d+)\"[^>]*>Verandertheorie met het team")
                .matcher(sessions);
        assertTrue(link.find(), sessions);
        String finished =
                advisor.get("/app/workshop/session.xhtml?id=" + link.group(1)).body();
        assertTrue(finished.contains("8 deelnemers"), finished);
        assertTrue(finished.contains("Welzijn Westerwolde") || finished.contains("Antwoorden overnemen"), finished);
    }

    private static PortalClient login(String email) {
        return PortalClient.loggedIn(new PortalClient(demo.baseUrl()), email, PASSWORD);
    }
}
