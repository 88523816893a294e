package nl.cmostamm.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import nl.cmostamm.portal.testing.PortalClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cross-tenant matrix over HTTP: someone of initiative A, trying every page and parameter of
 * the portal with B's identifiers, gets 403 or 404 or their own data, and never B's text. Every new
 * page and endpoint joins this class.
 */
class TenantMatrixIT {

    private static Initiative a;
    private static Initiative b;
    private static Person boardAdminOfA;
    private static Person memberOfA;
    private static Person advisorOfA;
    private static String secretOfB;

    @BeforeAll
    static void twoInitiatives() {
        a = Fixtures.initiative("Dorpshuis Aaa " + Fixtures.unique("x"), "Aa en Hunze");
        secretOfB = "Geheim van B " + Fixtures.unique("s");
        b = Fixtures.initiative(secretOfB, "Borger-Odoorn");
        Fixtures.theme(b, "Thema " + secretOfB);
        boardAdminOfA = Fixtures.boardMember(a, "BOARD_ADMIN");
        memberOfA = Fixtures.boardMember(a, "BOARD_MEMBER");
        advisorOfA = Fixtures.advisorOf(a);
        Fixtures.boardMember(b, "BOARD_ADMIN");
    }

    /** Every page inside an initiative, as the board admin of A after trying to enter B. */
    @ParameterizedTest
    @ValueSource(strings = {
        "/app/initiative/home.xhtml",
        "/app/initiative/edit.xhtml",
        "/app/initiative/members.xhtml",
        "/app/portfolio/portfolio.xhtml",
        "/app/account/profile.xhtml"
    })
    void pagesShowOnlyTheOwnInitiativeWhateverIdIsInTheRequest(String page) {
        PortalClient client = PortalClient.loggedIn(boardAdminOfA.email(), Fixtures.PASSWORD);
        assertEquals(404, client.get("/app/enter.xhtml?initiative=" + b.slug()).statusCode());

        for (String tampered : List.of("", "?initiative=" + b.slug(), "?id=" + b.id(), "?initiativeId=" + b.id(),
                "?tenant=" + b.id(), "?slug=" + b.slug())) {
            HttpResponse<String> response = client.get(page + tampered);
            assertTrue(response.statusCode() == 200 || response.statusCode() == 403 || response.statusCode() == 404,
                    page + tampered + " gave " + response.statusCode());
            assertFalse(response.body().contains(secretOfB), page + tampered + " showed B's name");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "../b", "%27%20or%201=1", "9999999", "bestaat-niet"})
    void enteringByAnyOtherSlugIsNotFound(String suffix) {
        PortalClient client = PortalClient.loggedIn(memberOfA.email(), Fixtures.PASSWORD);

        HttpResponse<String> response = client.get("/app/enter.xhtml?initiative=" + (suffix.isEmpty() ? b.slug() : b.slug() + suffix));

        assertEquals(404, response.statusCode());
        assertFalse(response.body().contains(secretOfB));
    }

    @Test
    void aBoardMemberEntersTheOwnInitiativeButCannotEditItsProfile() {
        PortalClient client = PortalClient.loggedIn(memberOfA.email(), Fixtures.PASSWORD);

        HttpResponse<String> home = client.get("/app/enter.xhtml?initiative=" + a.slug());
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains(a.name()));

        assertEquals(403, client.get("/app/initiative/edit.xhtml").statusCode());
        assertEquals(403, client.get("/app/initiative/advisors.xhtml").statusCode());
    }

    @Test
    void anAdvisorEntersOnlyTheInitiativesOfTheirPortfolio() {
        PortalClient client = PortalClient.loggedIn(advisorOfA.email(), Fixtures.PASSWORD);

        HttpResponse<String> portfolio = client.get("/app/portfolio/portfolio.xhtml");
        assertTrue(portfolio.body().contains(a.name()));
        assertFalse(portfolio.body().contains(secretOfB));
        assertEquals(200, client.get("/app/enter.xhtml?initiative=" + a.slug()).statusCode());
        assertEquals(404, client.get("/app/enter.xhtml?initiative=" + b.slug()).statusCode());
    }

    @Test
    void anAdminOfTheKnowledgeCentreEntersEveryInitiative() {
        Person admin = Fixtures.account("Beheerder", true, false);
        PortalClient client = PortalClient.loggedIn(admin.email(), Fixtures.PASSWORD);

        HttpResponse<String> home = client.get("/app/enter.xhtml?initiative=" + b.slug());
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains(secretOfB));
    }

    @Test
    void withoutEnteringAnInitiativeItsPagesAreNotFound() {
        Person stranger = Fixtures.account("Buitenstaander", false, false);
        PortalClient client = PortalClient.loggedIn(stranger.email(), Fixtures.PASSWORD);

        HttpResponse<String> response = client.get("/app/initiative/home.xhtml");

        assertEquals(404, response.statusCode());
        assertFalse(response.body().contains(secretOfB));
    }
}
