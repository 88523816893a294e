package nl.cmostamm.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.HttpCookie;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import nl.cmostamm.portal.testing.ListeningSockets;
import nl.cmostamm.portal.testing.PortalClient;
import nl.cmostamm.portal.testing.TestEnvironment;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Logging in and out and the rules around it, over HTTP against the running portal: what an
 * attacker or a careless browser could do, and what they get back.
 */
class AccessRulesIT {

    private static final String FAILED = "Inloggen is niet gelukt.";

    @Test
    void pagesBehindTheLoginSendAnonymousVisitorsToTheLoginPage() {
        HttpResponse<String> response = new PortalClient().get("/app/portfolio/portfolio.xhtml");

        assertTrue(
                response.uri().getPath().endsWith("/login.xhtml"),
                response.uri().toString());
        assertTrue(response.body().contains("<h1>Inloggen</h1>"));
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersAndAProtectedSessionCookie() {
        HttpResponse<String> response = new PortalClient().get("/login.xhtml");

        assertEquals(
                "nosniff",
                response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(
                "same-origin", response.headers().firstValue("Referrer-Policy").orElse(""));
        List<String> policies = response.headers().allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'")), policies.toString());
        assertTrue(policies.stream().anyMatch(p -> p.contains("script-src 'self' 'nonce-")), policies.toString());
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    @Test
    void theFlashCookieOfAMessageAfterARedirectIsSameSiteToo() {
        Initiative initiative = Fixtures.initiative("Dorpshuis Koekjes " + Fixtures.unique("k"), "Tynaarlo");
        Person chair = Fixtures.boardMember(initiative, "BOARD_ADMIN");
        PortalClient client = PortalClient.loggedIn(chair.email(), Fixtures.PASSWORD);

        HttpResponse<String> saved = client.submit(
                "/app/goal/edit-goal.xhtml",
                "goal",
                Map.of("goal:title", "Meer ontmoeting", "goal:status_input", "ACTIVE"),
                "goal:save");

        List<String> cookies = java.util.stream.Stream.iterate(
                        saved, r -> r != null, r -> r.previousResponse().orElse(null))
                .flatMap(r -> r.headers().allValues("Set-Cookie").stream())
                .toList();
        assertTrue(
                cookies.stream().anyMatch(c -> !c.startsWith("JSESSIONID")),
                "the message travels in a flash cookie: " + cookies);
        assertTrue(cookies.stream().allMatch(c -> c.toLowerCase().contains("samesite=")), cookies.toString());
    }

    @Test
    void underHttpsTheSessionCookieIsSecure() throws Exception {
        TestEnvironment.server();
        SSLContext trustPayarasOwnCertificate = SSLContext.getInstance("TLS");
        trustPayarasOwnCertificate.init(null, new TrustManager[] {new TrustPayarasSelfSignedCertificate()}, null);
        HttpClient https =
                HttpClient.newBuilder().sslContext(trustPayarasOwnCertificate).build();

        HttpResponse<String> response = https.send(
                HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + TestEnvironment.HTTPS_PORT + "/login.xhtml"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        String cookie = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.contains("Secure"), cookie);
        assertTrue(response.headers().firstValue("Strict-Transport-Security").isPresent());
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() {
        Person person = Fixtures.account("Iemand", false, false);

        Document wrongPassword = PortalClient.page(new PortalClient().login(person.email(), "niet-het-wachtwoord"));
        Document unknown =
                PortalClient.page(new PortalClient().login("niemand-" + person.email(), "niet-het-wachtwoord"));

        String first = wrongPassword
                .select("#login\\:passwordMessage, .ui-message-error")
                .text();
        String second =
                unknown.select("#login\\:passwordMessage, .ui-message-error").text();
        assertTrue(first.contains(FAILED), first);
        assertEquals(first, second);
    }

    @Test
    void afterFiveFailuresEvenTheRightPasswordIsRefusedForAWhile() {
        Person person = Fixtures.account("Vergeetachtig", false, false);
        for (int attempt = 1; attempt <= 5; attempt++) {
            new PortalClient().login(person.email(), "fout-" + attempt);
        }

        HttpResponse<String> response = new PortalClient().login(person.email(), Fixtures.PASSWORD);

        assertTrue(response.uri().getPath().endsWith("/login.xhtml"), "still on the login page");
        assertTrue(response.body().contains(FAILED));
    }

    @Test
    void loggingInGivesANewSessionIdAndLoggingOutEndsTheSession() {
        Initiative initiative = Fixtures.initiative("Dorpshuis Sessie", "Tynaarlo");
        Person member = Fixtures.boardMember(initiative, "BOARD_MEMBER");
        PortalClient client = new PortalClient();
        client.get("/login.xhtml");
        String before = sessionId(client);

        client.login(member.email(), Fixtures.PASSWORD);
        String after = sessionId(client);
        assertNotEquals(before, after, "a new session id at login");
        assertTrue(client.get("/app/initiative/home.xhtml").body().contains("Dorpshuis Sessie"));

        HttpResponse<String> loggedOut = client.submitForm(
                PortalClient.page(client.get("/app/initiative/home.xhtml")), "menu", Map.of(), "menu:logout");
        assertTrue(
                loggedOut.uri().toString().contains("/login.xhtml"),
                loggedOut.uri().toString());

        HttpResponse<String> again = client.get("/app/initiative/home.xhtml");
        assertTrue(again.uri().getPath().endsWith("/login.xhtml"), "the old session is gone");
        assertFalse(again.body().contains("Dorpshuis Sessie"));
    }

    @Test
    void unknownPagesGetTheDutchNotFoundPageWithoutInternals() {
        HttpResponse<String> response = new PortalClient().get("/bestaat-niet.xhtml");

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Niet gevonden"));
        assertFalse(
                response.body().contains("Caused by") || response.body().matches("(?s).*\\.java:\\d+.*"),
                "no stack trace");
    }

    @Test
    void aFormWhoseViewHasExpiredGetsAKindPageAndSavesNothing() {
        PortalClient client = new PortalClient();
        Document login = PortalClient.page(client.get("/login.xhtml"));
        login.select("input[name=jakarta.faces.ViewState]").attr("value", "-123:-456");

        HttpResponse<String> response = client.submitForm(
                login,
                "login",
                Map.of("login:email", "iemand@test.local", "login:password", "wat dan ook"),
                "login:submit");

        assertTrue(response.body().contains("Pagina verlopen"), response.body());
        assertTrue(response.body().contains("Er is niets opgeslagen"));
        assertFalse(response.body().contains("Caused by"));
    }

    @Test
    void aForgedFormWithoutTheNonceOfItsPageIsRefusedInDutchAndLogsNobodyIn() {
        Person person = Fixtures.account("Doelwit", false, false);
        PortalClient client = new PortalClient();
        Document login = PortalClient.page(client.get("/login.xhtml"));
        String viewState =
                login.select("input[name=jakarta.faces.ViewState]").first().attr("value");

        HttpResponse<String> response = client.post(
                "/login.xhtml",
                Map.of(
                        "login",
                        "login",
                        "login:email",
                        person.email(),
                        "login:password",
                        Fixtures.PASSWORD,
                        "login:submit",
                        "",
                        "jakarta.faces.ViewState",
                        viewState));

        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("Formulier niet verwerkt"));
        assertTrue(client.get("/app/home.xhtml").uri().getPath().endsWith("/login.xhtml"), "not logged in");
    }

    @Test
    void aForgedFormIsRefusedInTheLanguageTheVisitorChose() {
        PortalClient client = new PortalClient();
        client.submit("/login.xhtml", "language", Map.of(), "language:en");
        Document login = PortalClient.page(client.get("/login.xhtml"));
        String viewState =
                login.select("input[name=jakarta.faces.ViewState]").first().attr("value");

        HttpResponse<String> response = client.post(
                "/login.xhtml",
                Map.of(
                        "login",
                        "login",
                        "login:email",
                        "iemand@test.local",
                        "login:password",
                        "wat dan ook",
                        "login:submit",
                        "",
                        "jakarta.faces.ViewState",
                        viewState));

        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("<html lang=\"en\">"), response.body());
        assertTrue(response.body().contains("Form not processed"), response.body());
    }

    @Test
    void aBoardMemberCannotOpenTheAdminPages() {
        Initiative initiative = Fixtures.initiative("Dorpshuis Rechten", "Tynaarlo");
        Person member = Fixtures.boardMember(initiative, "BOARD_ADMIN");

        PortalClient client = PortalClient.loggedIn(member.email(), Fixtures.PASSWORD);
        for (String page : List.of(
                "/app/admin/advisors.xhtml",
                "/app/admin/maintenance.xhtml",
                "/app/admin/person-data.xhtml",
                "/app/portfolio/new-initiative.xhtml",
                "/app/proxies/proxy.xhtml")) {
            HttpResponse<String> response = client.get(page);

            assertEquals(403, response.statusCode(), page);
            assertTrue(response.body().contains("Geen toegang"), page);
        }
    }

    @Test
    void healthChecksReportAliveAndReady() {
        PortalClient client = new PortalClient();
        HttpResponse<String> ready = client.get("/health/ready");
        HttpResponse<String> live = client.get("/health/live");

        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"status\":\"UP\""), ready.body());
        assertTrue(ready.body().contains("\"schemaCurrent\":\"true\""), ready.body());
        assertEquals(200, live.statusCode());
    }

    @Test
    void theLogNamesRequestAndInitiativeButNoPersonalData() throws IOException {
        Initiative initiative = Fixtures.initiative("Dorpshuis Logboek", "Tynaarlo");
        Person member = Fixtures.boardMember(initiative, "BOARD_ADMIN");
        PortalClient client = PortalClient.loggedIn(member.email(), Fixtures.PASSWORD);
        client.get("/app/initiative/members.xhtml?zoek=" + member.email());

        String log = TestEnvironment.serverLog();
        assertTrue(log.contains("initiative=" + initiative.id() + "]"), "request lines carry the initiative id");
        assertTrue(log.contains("GET /app/initiative/members.xhtml -> 200"), "one line per request");
        assertFalse(log.contains(member.email()), "no e-mail address in the log");
        assertFalse(log.contains(Fixtures.PASSWORD), "no password in the log");
    }

    @Test
    void payaraMicroListensOnLoopbackOnly() throws IOException {
        List<String> listening = ListeningSockets.of(TestEnvironment.server().pid());

        assertTrue(
                ListeningSockets.hasPort(listening, Integer.getInteger("test.http.port", 18080)), listening.toString());
        for (String address : listening) {
            assertTrue(ListeningSockets.isLoopback(address), "beyond loopback: " + address);
        }
    }

    /** Payara's self-signed test certificate names no host; for this loopback check any is fine. */
    private static final class TrustPayarasSelfSignedCertificate extends X509ExtendedTrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String type) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String type) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String type, Socket socket) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String type, Socket socket) {}

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String type, SSLEngine engine) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String type, SSLEngine engine) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }

    private static String sessionId(PortalClient client) {
        return client.cookies().getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse("");
    }
}
