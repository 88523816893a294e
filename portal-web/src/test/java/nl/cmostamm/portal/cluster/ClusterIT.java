package nl.cmostamm.portal.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import nl.cmostamm.portal.devserver.PortalCluster;
import nl.cmostamm.portal.devserver.PortalDatabase;
import nl.cmostamm.portal.testing.Browser;
import nl.cmostamm.portal.testing.ListeningSockets;
import nl.cmostamm.portal.testing.PortalClient;
import nl.cmostamm.portal.testing.TestCluster;
import nl.cmostamm.portal.testing.TestEnvironment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.Cookie;

/**
 * Two nodes on the Payara Data Grid behind HAProxy, as {@code config/cluster} describes them, on a
 * database of their own that both migrate at the same moment: one portal, whichever node a request
 * reaches, and a node killed with SIGKILL costs nobody their work. The last test kills a node.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final String PASSWORD = "Inwonerskracht-demo-2026";
    private static final int FAILURES_PER_ADDRESS = TestCluster.FAILURES_PER_ADDRESS;

    private static PortalCluster cluster;
    private static String databaseUrl;

    /** Started in the background when the test session began; waited for here. */
    @BeforeAll
    static void twoNodesBehindTheProxy() {
        TestCluster.Started started = TestCluster.get();
        cluster = started.cluster();
        databaseUrl = started.databaseUrl();
    }

    @Test
    @Order(1)
    void bothNodesStartedAtOnceMigratedTheDatabaseOnceAndLoadedTheDemoOnce() throws Exception {
        try (Connection connection =
                        DriverManager.getConnection(databaseUrl, PortalDatabase.OWNER, TestEnvironment.OWNER_PASSWORD);
                Statement statement = connection.createStatement()) {
            assertEquals(
                    0,
                    count(
                            statement,
                            "select count(*) from (select version from flyway_schema_history"
                                    + " where version is not null group by version having count(*) > 1) twice"),
                    "no migration applied twice");
            assertEquals(0, count(statement, "select count(*) from flyway_schema_history where not success"));
            assertEquals(1, count(statement, "select count(*) from account where email = 'beheer@demo.local'"));
            assertEquals(6, count(statement, "select count(*) from initiative"));
        }
        for (int node = 0; node < 2; node++) {
            assertEquals(
                    200,
                    new PortalClient(cluster.node(node).baseUrl())
                            .get("/health/ready")
                            .statusCode());
        }
    }

    @Test
    @Order(2)
    void everyNodeListensOnLoopbackOnlyGridIncluded() throws IOException {
        for (int node = 0; node < 2; node++) {
            List<String> listening = ListeningSockets.of(cluster.node(node).pid());
            assertTrue(ListeningSockets.hasPort(listening, 57110 + node), "the grid's port: " + listening);
            for (String address : listening) {
                assertTrue(ListeningSockets.isLoopback(address), "node " + (node + 1) + " beyond loopback: " + address);
            }
        }
    }

    @Test
    @Order(3)
    void failedLoginsOfOneClientCountOnBothNodesTogetherAndEveryClientBehindTheProxyForItself() {
        // half of the allowance spent on each node, from one client, through the proxy
        for (int attempt = 0; attempt < FAILURES_PER_ADDRESS; attempt++) {
            String node = attempt % 2 == 0 ? "node1" : "node2";
            assertFailed(through(node, "127.0.9.1").login("niemand" + attempt + "@demo.local", "fout"));
        }
        assertFailed(
                through("node1", "127.0.9.1").login("lid.smilde@demo.local", PASSWORD),
                "the client used its allowance on the two nodes together");
        assertFailed(through("node2", "127.0.9.1").login("lid.smilde@demo.local", PASSWORD));
        assertLoggedIn(
                through("node2", "127.0.9.2").login("lid.smilde@demo.local", PASSWORD),
                "another client behind the same proxy has its own allowance");
        assertLoggedIn(through("node1", "127.0.9.3").login("lid.smilde@demo.local", PASSWORD));
    }

    @Test
    @Order(4)
    void aParticipantOnOneNodeFollowsThePresenterOnTheOther() throws Exception {
        Workshop workshop = nextWorkshop();
        try (Browser presenter = new Browser().at(cluster.node(0).baseUrl());
                Browser participant = Browser.phone().at(cluster.node(1).baseUrl())) {
            presenter.logIn("adviseur@demo.local", PASSWORD).open("/app/workshop/session.xhtml?id=" + workshop.id());
            presenter.awaitText(workshop.title());
            participant.open("/doe-mee/" + workshop.code());
            participant.type("join:name", "Ineke");
            participant.click("join:submit");
            participant.awaitText("Welkom! We beginnen zo.");

            presenter.click("controls:open");
            participant.awaitText(workshop.firstStep());
            presenter.click("controls:next");
            participant.awaitText(workshop.secondStep());
        }
    }

    @Test
    @Order(5)
    void aBoardMemberAndAParticipantKeepGoingWhenTheirNodeIsKilled() throws Exception {
        Workshop workshop = nextWorkshop();
        try (Browser board = new Browser().at(cluster.baseUrl());
                Browser participant = Browser.phone().at(cluster.baseUrl());
                Browser presenter = new Browser().at(cluster.node(1).baseUrl())) {
            // both through the proxy, both held to node 1 by the proxy's cookie
            for (Browser browser : List.of(board, participant)) {
                browser.open("/login.xhtml");
                browser.driver().manage().deleteCookieNamed("PORTALNODE");
                browser.driver().manage().addCookie(new Cookie("PORTALNODE", "node1", "/"));
            }
            board.logIn("bestuur.middelstum@demo.local", PASSWORD).open("/app/goal/edit-goal.xhtml");
            board.type("goal:title", "Meer buren kennen elkaar");
            presenter.logIn("adviseur@demo.local", PASSWORD).open("/app/workshop/session.xhtml?id=" + workshop.id());
            presenter.awaitText(workshop.title());
            participant.open("/doe-mee/" + workshop.code());
            participant.type("join:name", "Sientje");
            participant.click("join:submit");
            participant.awaitText("Welkom! We beginnen zo.");
            assertEquals(
                    "node1",
                    board.driver().manage().getCookieNamed("PORTALNODE").getValue());
            assertEquals(
                    "node1",
                    participant.driver().manage().getCookieNamed("PORTALNODE").getValue());

            cluster.kill(0);

            // the form she filled in on node 1 is saved by node 2, from the session in the grid
            board.click("goal:save");
            board.awaitText("Het doel is aangemaakt");
            board.open("/app/goal/goal-overview.xhtml");
            assertEquals("/app/goal/goal-overview.xhtml", board.path(), "still logged in");
            assertTrue(board.pageText().contains("Meer buren kennen elkaar"));

            // her socket reconnects through the proxy to node 2, where the presenter moves on
            presenter.click("controls:open");
            participant.awaitText(workshop.firstStep());
            assertFalse(participant.pageText().contains("Doe mee met een workshop"), "still in her seat");
        }
        try (Connection connection =
                        DriverManager.getConnection(databaseUrl, PortalDatabase.OWNER, TestEnvironment.OWNER_PASSWORD);
                Statement statement = connection.createStatement()) {
            // the goal is the initiative's: read in its tenancy (row-level security holds for the owner too)
            statement.execute("select set_config('app.tenant_id',"
                    + " (select id::text from initiative where slug = 'middelstum'), false)");
            assertEquals(
                    1,
                    count(statement, "select count(*) from goal where title = 'Meer buren kennen elkaar'"),
                    "saved once, by the node that took over");
        }
    }

    // ----

    /** A planned demo workshop, opened fresh for each test: a new session copied from the demo's. */
    private record Workshop(long id, String code, String title, String firstStep, String secondStep) {}

    private static Workshop nextWorkshop() throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(databaseUrl, PortalDatabase.OWNER, TestEnvironment.OWNER_PASSWORD);
                Statement statement = connection.createStatement()) {
            // a copy of the demo's planned session with a join code of its own
            String code = code();
            long id = count(
                    statement,
                    "insert into workshop_session (title, starts_at, language, owner_id, join_code)"
                            + " select title || ' " + code + "', starts_at, language, owner_id, '" + code + "'"
                            + " from workshop_session where title = 'Verandertheorie: het vervolg' returning id");
            statement.execute(
                    "insert into workshop_session_exercise (session_id, position, exercise_version_id)"
                            + " select " + id + ", position, exercise_version_id from workshop_session_exercise"
                            + " where session_id = (select id from workshop_session where title = 'Verandertheorie: het vervolg')");
            List<String> steps = new java.util.ArrayList<>();
            try (ResultSet rows = statement.executeQuery("select st.title_nl from exercise_step st"
                    + " join workshop_session_exercise e on e.exercise_version_id = st.exercise_version_id"
                    + " where e.session_id = " + id + " order by e.position, st.position limit 2")) {
                while (rows.next()) {
                    steps.add(rows.getString(1));
                }
            }
            return new Workshop(id, code, "Verandertheorie: het vervolg " + code, steps.get(0), steps.get(1));
        }
    }

    private static String code() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            code.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return code.toString();
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** A client at {@code address} that reaches the portal through the proxy, held to {@code node}. */
    private static PortalClient through(String node, String address) {
        PortalClient client = PortalClient.from(cluster.baseUrl(), address);
        java.net.HttpCookie cookie = new java.net.HttpCookie("PORTALNODE", node);
        cookie.setPath("/");
        // a plain cookie, as a browser sends it (version 1 would be sent quoted, which the proxy does not know)
        cookie.setVersion(0);
        client.cookies().getCookieStore().add(java.net.URI.create(cluster.baseUrl()), cookie);
        return client;
    }

    private static void assertFailed(HttpResponse<String> response, String... why) {
        assertTrue(response.uri().getPath().endsWith("/login.xhtml"), String.join(" ", why) + " " + response.uri());
    }

    private static void assertLoggedIn(HttpResponse<String> response, String... why) {
        assertFalse(
                response.uri().getPath().endsWith("/login.xhtml"),
                String.join(" ", why) + " " + response.uri() + ": "
                        + PortalClient.page(response)
                                .select(".ui-message, .ui-messages")
                                .text());
    }
}
