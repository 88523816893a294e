package nl.cmostamm.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import nl.cmostamm.portal.testing.PortalClient;
import nl.cmostamm.portal.testing.RawHttp;
import nl.cmostamm.portal.testing.TestEnvironment;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests a prober sends and no page would: each gets a clear Dutch 4xx page, changes nothing,
 * and leaves at most one line in the log, without stack trace and without the secret of a survey
 * link. Also what the server says about itself.
 */
class BadRequestsIT {

    private static Initiative initiative;
    private static String token;
    private static long textQuestion;
    private static long wave;

    @BeforeAll
    static void aSurveyWithATextQuestion() {
        initiative = Fixtures.initiative("Dorpshuis Proefverzoek " + Fixtures.unique("p"), "Oldambt");
        long survey = Fixtures.inTenant(
                initiative.id(),
                "insert into survey (initiative_id, name) values (?, 'Proef') returning id",
                initiative.id());
        textQuestion = Fixtures.inTenant(
                initiative.id(),
                "insert into survey_question (initiative_id, survey_id, position, type, text, required) "
                        + "values (?, ?, 1, 'SHORT_TEXT', 'Wat vindt u?', true) returning id",
                initiative.id(),
                survey);
        token = Fixtures.wave(initiative, survey, "Proefronde", true);
        wave = Fixtures.waveOf(initiative, token);
    }

    @Test
    void controlCharactersInAnAnswerAreRefusedNextToTheQuestionAndNothingIsStored() throws IOException {
        String before = TestEnvironment.serverLog();
        for (String typed : List.of("nul\u0000byte", "escape\u001b[31m")) {
            HttpResponse<String> refused = new PortalClient()
                    .post("/s/" + token, Map.of("key", UUID.randomUUID().toString(), "q" + textQuestion, typed));

            assertEquals(422, refused.statusCode(), typed);
            assertTrue(refused.body().contains("tekens die niet in een antwoord horen"), refused.body());
        }
        assertEquals(0, Fixtures.responses(initiative, wave));
        assertQuietLog(before);
    }

    @Test
    void aNulCharacterInALoggedInFormIsABadRequest() throws IOException {
        Person member = Fixtures.boardMember(initiative, "BOARD_MEMBER");
        PortalClient client = PortalClient.loggedIn(member.email(), Fixtures.PASSWORD);
        String before = TestEnvironment.serverLog();

        HttpResponse<String> refused = client.submit(
                "/app/account/profile.xhtml", "name", Map.of("name:displayName", "Nul\u0000Byte"), "name:save");

        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Verzoek niet begrepen"), refused.body());

        String session = client.sessionCookie();
        String upload =
                "--grens\r\nContent-Disposition: form-data; name=\"photoForm:caption\"\r\n\r\nNul\u0000Byte\r\n--grens--\r\n";
        Raw multipart = raw("POST", "/app/story/stories.xhtml", "multipart/form-data; boundary=grens", upload, session);
        assertEquals(400, multipart.status(), "an upload form's text field too: " + multipart.body());
        assertQuietLog(before);
    }

    @Test
    void bodiesLargerThanAnyFormOrUploadAreRefusedBeforeTheyAreRead() throws IOException {
        Person member = Fixtures.boardMember(initiative, "BOARD_ADMIN");
        String session =
                PortalClient.loggedIn(member.email(), Fixtures.PASSWORD).sessionCookie();
        String before = TestEnvironment.serverLog();

        Raw form = raw("POST", "/login.xhtml", "application/x-www-form-urlencoded", 20L * 1024 * 1024, null);
        Raw upload = raw(
                "POST", "/app/story/stories.xhtml", "multipart/form-data; boundary=grens", 100L * 1024 * 1024, session);
        Raw survey = raw("POST", "/s/" + token, "application/x-www-form-urlencoded", 20L * 1024 * 1024, null);

        for (Raw refused : List.of(form, upload, survey)) {
            assertEquals(413, refused.status(), refused.body());
            assertTrue(refused.body().contains("Te veel gegevens"), refused.body());
        }
        assertQuietLog(before);
    }

    @Test
    void aViewStateWhereNoFacesFormWasPostedIsABadRequest() throws IOException {
        String before = TestEnvironment.serverLog();

        HttpResponse<String> inQuery = new PortalClient().get("/login.xhtml?jakarta.faces.ViewState=x");
        HttpResponse<String> encoded = new PortalClient().get("/login.xhtml?jakarta%2Efaces%2EViewState=x");
        HttpResponse<String> toSurvey = new PortalClient()
                .post(
                        "/s/" + token,
                        Map.of(
                                "key",
                                UUID.randomUUID().toString(),
                                "q" + textQuestion,
                                "Prima",
                                "jakarta.faces.ViewState",
                                "x"));

        for (HttpResponse<String> refused : List.of(inQuery, encoded, toSurvey)) {
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("Verzoek niet begrepen"), refused.body());
            assertTrue(refused.body().contains("</html>"), "a whole page");
            assertTrue(
                    refused.headers()
                            .firstValue("Content-Security-Policy")
                            .orElse("")
                            .contains("default-src 'none'"),
                    "a page that may load nothing: " + refused.headers());
        }
        assertEquals(0, Fixtures.responses(initiative, wave));
        assertQuietLog(before);
    }

    @Test
    void anAjaxRequestWithANonceNoPageCouldHaveIsRefusedInDutch() throws IOException {
        Person member = Fixtures.boardMember(initiative, "BOARD_ADMIN");
        PortalClient client = PortalClient.loggedIn(member.email(), Fixtures.PASSWORD);
        Document page = PortalClient.page(client.get("/app/initiative/home.xhtml"));
        String viewState =
                page.select("input[name=jakarta.faces.ViewState]").first().attr("value");
        String before = TestEnvironment.serverLog();

        HttpResponse<String> refused = client.postAjax(
                "/app/initiative/home.xhtml",
                Map.of(
                        "jakarta.faces.partial.ajax",
                        "true",
                        "jakarta.faces.source",
                        "menu:logout",
                        "jakarta.faces.partial.execute",
                        "@all",
                        "menu",
                        "menu",
                        "jakarta.faces.ViewState",
                        viewState,
                        "primefaces.nonce",
                        "bm90LXRoZS1ub25jZQ\"; script-src *"));

        assertTrue(refused.statusCode() == 403, refused.statusCode() + " " + refused.body());
        assertTrue(refused.body().contains("Formulier niet verwerkt"), refused.body());
        assertTrue(
                client.get("/app/initiative/home.xhtml").body().contains(initiative.name()),
                "still logged in: nothing ran");
        assertQuietLog(before);
    }

    @Test
    void aFormThatIsNotShownDoesNotRunWhenEverythingIsPosted() {
        Person chair = Fixtures.boardMember(initiative, "BOARD_ADMIN");
        long survey = Fixtures.survey(initiative, "Verborgen formulier");
        PortalClient client = PortalClient.loggedIn(chair.email(), Fixtures.PASSWORD);
        Document page = PortalClient.page(client.get("/app/survey/survey.xhtml?id=" + survey));
        assertTrue(page.select("form#template").isEmpty(), "a board member is not offered 'save as template'");
        String name = Fixtures.unique("Sjabloon van een bestuurslid");

        HttpResponse<String> response = client.postAjax(
                "/app/survey/survey.xhtml?id=" + survey,
                Map.of(
                        "jakarta.faces.partial.ajax",
                        "true",
                        "jakarta.faces.source",
                        "template:submit",
                        "jakarta.faces.partial.execute",
                        "@all",
                        "jakarta.faces.partial.render",
                        "@all",
                        "template",
                        "template",
                        "template:templateName",
                        name,
                        "template:submit",
                        "template:submit",
                        "jakarta.faces.ViewState",
                        page.select("input[name=jakarta.faces.ViewState]")
                                .first()
                                .attr("value"),
                        "primefaces.nonce",
                        page.selectFirst("script[nonce]").attr("nonce")));

        assertTrue(response.statusCode() < 500, response.body());
        assertFalse(
                response.body().contains("Geen toegang") || response.body().contains("niet toegestaan"),
                "the hidden form's button did not even reach the service: " + response.body());
        assertEquals(
                0, Fixtures.inTenant(initiative.id(), "select count(*) from survey_template where name = ?", name));
    }

    @Test
    void theServerDoesNotNameItselfNorPublishItsInternals() {
        PortalClient client = new PortalClient();
        HttpResponse<String> page = client.get("/login.xhtml");
        assertTrue(page.headers().firstValue("Server").isEmpty(), page.headers().toString());
        assertTrue(
                page.headers().firstValue("X-Powered-By").isEmpty(),
                page.headers().toString());

        HttpResponse<String> metrics = client.get("/metrics");
        assertFalse(metrics.statusCode() == 200, "no metrics for anyone");
        assertFalse(
                metrics.body().contains("jvm")
                        || metrics.body().contains("heap")
                        || metrics.body().contains("thread"),
                metrics.body());
        HttpResponse<String> openApi = client.get("/openapi");
        assertFalse(openApi.statusCode() == 200, "no API description");
        assertFalse(openApi.body().contains("openapi:"), openApi.body());
    }

    @Test
    void errorPagesKeepTheScriptPolicy() {
        Person member = Fixtures.boardMember(initiative, "BOARD_MEMBER");
        PortalClient client = PortalClient.loggedIn(member.email(), Fixtures.PASSWORD);
        Document login = PortalClient.page(new PortalClient().get("/login.xhtml"));
        login.select("input[name=jakarta.faces.ViewState]").attr("value", "-123:-456");

        HttpResponse<String> missing = new PortalClient().get("/bestaat-niet.xhtml");
        HttpResponse<String> notAllowed = client.get("/app/admin/advisors.xhtml");
        HttpResponse<String> notFound = client.get("/app/goal/edit-goal.xhtml?id=999999999");
        HttpResponse<String> expired = new PortalClient()
                .submitForm(
                        login,
                        "login",
                        Map.of("login:email", "iemand@test.local", "login:password", "wat dan ook"),
                        "login:submit");

        assertEquals(
                List.of(404, 403, 404), List.of(missing.statusCode(), notAllowed.statusCode(), notFound.statusCode()));
        assertTrue(expired.body().contains("Pagina verlopen"));
        for (HttpResponse<String> error : List.of(missing, notAllowed, notFound, expired)) {
            List<String> policies = error.headers().allValues("Content-Security-Policy");
            assertTrue(policies.stream().anyMatch(p -> p.contains("script-src")), error.uri() + ": " + policies);
        }
    }

    /** What the log gained since {@code before}: no stack trace and no survey link's secret. */
    private static void assertQuietLog(String before) throws IOException {
        String added = TestEnvironment.serverLog().substring(before.length());
        assertFalse(added.contains("\tat ") || added.contains("Caused by"), "no stack trace in the log:\n" + added);
        assertFalse(added.contains(token), "no survey link in the log:\n" + added);
    }

    private record Raw(int status, String body) {}

    /** Sends a whole request with this body, and reads the answer. */
    private static Raw raw(String method, String path, String contentType, String body, String cookie)
            throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        return raw(method, path, contentType, content.length, cookie, content);
    }

    /** Sends only the head of a request announcing {@code length} bytes, and reads the answer. */
    private static Raw raw(String method, String path, String contentType, long length, String cookie)
            throws IOException {
        return raw(method, path, contentType, length, cookie, new byte[0]);
    }

    private static Raw raw(String method, String path, String contentType, long length, String cookie, byte[] content)
            throws IOException {
        RawHttp.Answer answer = RawHttp.send(method, path, contentType, length, cookie, content);
        return new Raw(answer.status(), answer.body());
    }
}
