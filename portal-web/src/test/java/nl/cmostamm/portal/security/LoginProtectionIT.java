package nl.cmostamm.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Person;
import nl.cmostamm.portal.testing.PortalClient;
import nl.cmostamm.portal.testing.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * Guessing passwords is slowed down without letting a stranger lock the owner out: the pause after
 * five failures holds for browsers that never logged in to the account, not for the owner's own
 * browser (OWASP's device cookies), and an address that fails too often over all accounts waits.
 */
class LoginProtectionIT {

    private static final String FAILED = "Inloggen is niet gelukt.";

    @Test
    void aStrangerPausesTheAccountButNotForTheOwnersOwnBrowser() {
        Person owner = Fixtures.account("Eigenaar", false, false);
        PortalClient ownBrowser = PortalClient.loggedIn(owner.email(), Fixtures.PASSWORD);
        logOut(ownBrowser);

        for (int attempt = 1; attempt <= 6; attempt++) {
            assertFailed(PortalClient.fromOwnLoopbackAddress().login(owner.email(), "geraden-" + attempt));
        }
        assertFailed(PortalClient.fromOwnLoopbackAddress().login(owner.email(), Fixtures.PASSWORD));
        assertFailed(new PortalClient().login(owner.email(), Fixtures.PASSWORD));

        assertLoggedIn(ownBrowser.login(owner.email(), Fixtures.PASSWORD));
        assertFailed(
                PortalClient.fromOwnLoopbackAddress().login(owner.email(), Fixtures.PASSWORD),
                "the owner's login lifts the pause for nobody else");
    }

    @Test
    void wrongPasswordsFromATrustedBrowserCountAgainstThatBrowserOnly() {
        Person owner = Fixtures.account("Vergeetachtige eigenaar", false, false);
        PortalClient ownBrowser = PortalClient.loggedIn(owner.email(), Fixtures.PASSWORD);
        logOut(ownBrowser);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertFailed(ownBrowser.login(owner.email(), "bijna-" + attempt));
        }
        assertLoggedIn(new PortalClient().login(owner.email(), Fixtures.PASSWORD), "other browsers were never paused");
        assertLoggedIn(
                ownBrowser.login(owner.email(), Fixtures.PASSWORD), "four failures do not cost the browser its trust");

        logOut(ownBrowser);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertFailed(ownBrowser.login(owner.email(), "mis-" + attempt));
        }
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertFailed(new PortalClient().login(owner.email(), "ook-mis-" + attempt));
        }
        assertFailed(
                ownBrowser.login(owner.email(), Fixtures.PASSWORD),
                "after five failures the browser is a stranger again, and the account is paused for strangers");
    }

    @Test
    void theTrustedBrowserCookieIsHttpOnlyStrictAndHoldsNothingButARandomToken() {
        Person owner = Fixtures.account("Koekje", false, false);
        PortalClient browser = new PortalClient();

        HttpResponse<String> response = browser.login(owner.email(), Fixtures.PASSWORD);

        String cookie = java.util.stream.Stream.iterate(
                        response, r -> r != null, r -> r.previousResponse().orElse(null))
                .flatMap(r -> r.headers().allValues("Set-Cookie").stream())
                .filter(c -> c.startsWith("portal-device="))
                .findFirst()
                .orElseThrow();
        assertTrue(cookie.matches("portal-device=[A-Za-z0-9_-]{43};.*"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=strict"), cookie);
        assertTrue(cookie.contains("Max-Age=15552000"), cookie);
        assertFalse(cookie.contains(owner.email()), cookie);
    }

    @Test
    void anAddressThatFailsOnManyAccountsWaitsAndOthersDoNot() {
        PortalClient sprayer = PortalClient.fromOwnLoopbackAddress();
        int failures = 0;
        while (failures < TestEnvironment.LOGIN_FAILURES_PER_ADDRESS) {
            Person target = Fixtures.account("Doelwit", false, false);
            for (int attempt = 1;
                    attempt <= 4 && failures < TestEnvironment.LOGIN_FAILURES_PER_ADDRESS;
                    attempt++, failures++) {
                assertFailed(sprayer.login(target.email(), "Welkom2026!-" + attempt));
            }
        }
        Person next = Fixtures.account("Volgende", false, false);

        HttpResponse<String> refused = sprayer.login(next.email(), Fixtures.PASSWORD);

        assertTrue(refused.body().contains("Vanaf dit netwerk zijn te veel mislukte pogingen gedaan."), refused.body());
        assertTrue(refused.uri().getPath().endsWith("/login.xhtml"));
        assertLoggedIn(new PortalClient().login(next.email(), Fixtures.PASSWORD), "other addresses are not affected");
    }

    private static void logOut(PortalClient client) {
        HttpResponse<String> loggedOut =
                client.submitForm(PortalClient.page(client.get("/app/home.xhtml")), "menu", Map.of(), "menu:logout");
        assertTrue(
                loggedOut.uri().toString().contains("/login.xhtml"),
                loggedOut.uri().toString());
    }

    private static void assertFailed(HttpResponse<String> response) {
        assertFailed(response, "refused");
    }

    private static void assertFailed(HttpResponse<String> response, String why) {
        assertTrue(response.uri().getPath().endsWith("/login.xhtml"), why + ": " + response.uri());
        assertTrue(response.body().contains(FAILED), why);
    }

    private static void assertLoggedIn(HttpResponse<String> response) {
        assertLoggedIn(response, "logged in");
    }

    private static void assertLoggedIn(HttpResponse<String> response, String why) {
        assertFalse(response.uri().getPath().endsWith("/login.xhtml"), why + ": " + response.uri());
        assertEquals(200, response.statusCode(), why);
    }
}
