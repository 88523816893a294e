package nl.cmostamm.portal.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.cmostamm.portal.devserver.PortalDatabase;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import nl.cmostamm.portal.testing.ListeningSockets;
import nl.cmostamm.portal.testing.PortalClient;
import nl.cmostamm.portal.testing.TestEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The EAR really deployed on a full Payara Server 6 running on JDK 17, against the test
 * PostgreSQL: an advisor logs in through the login page and sees their portfolio. Before the first
 * start every listener of the server is moved to a free port on 127.0.0.1 and its Data Grid and
 * JMS broker are switched off; a test then checks every socket the server process listens on.
 */
class EarOnPayaraServerIT {

    private static final String DOMAIN = "domain1";
    private static Path home;
    private static Path log;
    private static int httpPort;
    private static int adminPort;

    @BeforeAll
    static void startServerAndDeploy() throws Exception {
        home = Path.of(System.getProperty("payara.server.home"));
        httpPort = Integer.getInteger("test.server.http.port");
        adminPort = Integer.getInteger("test.server.admin.port");
        log = home.getParent().resolve("asadmin.log");
        PortalDatabase database = TestEnvironment.database();
        bindToLoopback(home.resolve("glassfish/domains/" + DOMAIN + "/config/domain.xml"));

        asadmin(database.portalEnvironment(), "start-domain", DOMAIN);
        asadmin(
                Map.of(),
                "--port",
                String.valueOf(adminPort),
                "deploy",
                "--name",
                "portal",
                System.getProperty("portal.ear"));
        awaitPage("/portal/login.xhtml", Duration.ofMinutes(2));
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (home != null) {
            asadmin(Map.of(), "stop-domain", DOMAIN);
        }
    }

    @Test
    void anAdvisorLogsInThroughTheLoginPageAndSeesTheirPortfolio() {
        Initiative initiative = Fixtures.initiative("Dorpshuis op Payara Server " + Fixtures.unique("s"), "Tynaarlo");
        Person advisor = Fixtures.advisorOf(initiative);
        PortalClient client = new PortalClient("http://127.0.0.1:" + httpPort + "/portal");

        HttpResponse<String> portfolio = PortalClient.loggedIn(client, advisor.email(), Fixtures.PASSWORD)
                .get("/app/portfolio/portfolio.xhtml");

        assertEquals(200, portfolio.statusCode());
        assertTrue(portfolio.body().contains("<h1>Portefeuille</h1>"), portfolio.body());
        assertTrue(portfolio.body().contains(initiative.name()));
    }

    /**
     * The Theory of Change on Payara Server 6's own EclipseLink and JSON-B: the chain with its
     * diagram laid out by ELK, a frozen version read back from its JSON, and the PDF drawn with Batik.
     */
    @Test
    void aBoardMemberSeesTheTheoryOfChangeAFrozenVersionAndItsPdf() throws IOException {
        Initiative initiative =
                Fixtures.initiative("Dorpshuis keten op Payara Server " + Fixtures.unique("s"), "Assen");
        Person member = Fixtures.boardMember(initiative, "BOARD_MEMBER");
        long goal = Fixtures.goal(initiative, "Ouderen komen onder de mensen");
        long[] toc = Fixtures.theoryOfChange(initiative, Fixtures.indicator(initiative, goal, "Bezoekers", 40));
        PortalClient client = PortalClient.loggedIn(
                new PortalClient("http://127.0.0.1:" + httpPort + "/portal"), member.email(), Fixtures.PASSWORD);

        HttpResponse<String> chain = client.get("/app/method/toc.xhtml");
        assertEquals(200, chain.statusCode());
        assertTrue(chain.body().contains("toc-chain-diagram"), "the diagram is drawn");
        assertTrue(chain.body().contains("Een vaste ochtend maakt de stap kleiner"), chain.body());
        HttpResponse<String> version = client.get("/app/method/toc-version.xhtml?id=" + toc[1]);
        assertEquals(200, version.statusCode());
        assertTrue(version.body().contains("Verandertheorie 2025"), version.body());
        HttpResponse<byte[]> pdf = client.download("/app/method/toc.xhtml", "export", "export:pdf");
        assertEquals(200, pdf.statusCode());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .contains("Ouderen komen op de koffie"));
        }
    }

    /**
     * The methods that read across each other on Payara Server 6: an MSC round with its feedback
     * letter (openhtmltopdf in the skinny WAR), and the outcome record that gathers the goal's
     * indicator, the chosen story and the SROI value from three services in one request.
     */
    @Test
    void aBoardMemberReadsAnMscRoundItsLetterAndTheOutcomeRecord() throws IOException {
        Initiative initiative = Fixtures.initiative("Odensehuis op Payara Server " + Fixtures.unique("m"), "Meppel");
        Person member = Fixtures.boardMember(initiative, "BOARD_MEMBER");
        long goal = Fixtures.goal(initiative, "Een plek om naartoe te gaan");
        long visits = Fixtures.indicator(initiative, goal, "Bezoeken", 100);
        Fixtures.measurement(
                initiative, visits, java.time.LocalDate.now().withDayOfMonth(1).minusMonths(1), 80);
        long story = Fixtures.story(initiative, "Vader zingt weer");
        long[] msc = Fixtures.mscRound(initiative, "Na het inloopseizoen", story);
        Fixtures.inTenant(initiative.id(), "update msc_domain set goal_id = ? where id = ?", goal, msc[2]);
        PortalClient client = PortalClient.loggedIn(
                new PortalClient("http://127.0.0.1:" + httpPort + "/portal"), member.email(), Fixtures.PASSWORD);

        HttpResponse<String> round = client.get("/app/method/msc-round.xhtml?id=" + msc[0]);
        assertEquals(200, round.statusCode());
        assertTrue(round.body().contains("Reden van het panel bij Na het inloopseizoen"), round.body());
        HttpResponse<byte[]> letter =
                client.download("/app/method/msc-round.xhtml?id=" + msc[0], "letters", "letters:tellers:0:letter");
        assertEquals(200, letter.statusCode());
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(letter.body())) {
            assertTrue(new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .contains("Vader zingt weer"));
        }
        HttpResponse<String> record = client.get("/app/method/outcomes.xhtml");
        assertEquals(200, record.statusCode());
        assertTrue(record.body().contains("2 van de 4 soorten bewijs aanwezig"), record.body());
        assertTrue(record.body().contains("Vader zingt weer"), record.body());
    }

    /**
     * The JSON API on Payara Server 6's own Jersey and JSON-P: found in the skinny WAR without a
     * web.xml entry, 401 for a caller without a session, and the contract's example calculated
     * (its figures are worked out in {@code SroiCalculationApiIT}).
     */
    @Test
    void theSroiCalculationApiAnswersOnPayaraServerToo() {
        String portal = "http://127.0.0.1:" + httpPort + "/portal";
        String example = """
                {"discountRate": 0.0225, "discountFirstYear": true,
                 "inputs": [{"description": "Subsidie gemeente", "amount": 12000.00}],
                 "outcomes": [{"description": "Minder eenzaamheid", "stakeholder": "Deelnemers", "quantity": 120,
                               "proxy": 1500.00, "deadweight": 0.20, "displacement": 0.0, "attribution": 0.25,
                               "dropOff": 0.50, "duration": 2}]}
                """;
        Person user = Fixtures.account("Rekenaar op Payara Server", false, false);

        HttpResponse<String> anonymous = new PortalClient(portal)
                .post("/api/sroi/calculation", "application/json", HttpRequest.BodyPublishers.ofString(example));
        HttpResponse<String> calculated = PortalClient.loggedIn(
                        new PortalClient(portal), user.email(), Fixtures.PASSWORD)
                .post("/api/sroi/calculation", "application/json", HttpRequest.BodyPublishers.ofString(example));

        assertEquals(401, anonymous.statusCode(), anonymous.body());
        assertTrue(anonymous.body().contains("Niet ingelogd"), anonymous.body());
        assertEquals(200, calculated.statusCode(), calculated.body());
        assertTrue(calculated.body().contains("\"ratio\":13.1061"), calculated.body());
    }

    @Test
    void everySocketTheServerListensOnIsOnLoopback() throws IOException {
        long pid = Long.parseLong(Files.readString(home.resolve("glassfish/domains/" + DOMAIN + "/config/pid"))
                .strip());
        List<String> listening = ListeningSockets.of(pid);

        assertTrue(ListeningSockets.hasPort(listening, httpPort), listening.toString());
        for (String address : listening) {
            assertTrue(
                    ListeningSockets.isLoopback(address), "listens beyond loopback: " + address + " of " + listening);
        }
    }

    /** Moves the DAS's listeners to our ports on 127.0.0.1 and switches its Data Grid off. */
    static void bindToLoopback(Path domainXml) throws IOException {
        String xml = Files.readString(domainXml, StandardCharsets.UTF_8);
        int end = xml.indexOf("<config name=\"default-config\"");
        String server = xml.substring(0, end);
        int offset = httpPort - 8080;
        server = server.replace("address=\"0.0.0.0\"", "address=\"127.0.0.1\"")
                .replace("port=\"8080\"", "address=\"127.0.0.1\" port=\"" + httpPort + "\"")
                .replace("port=\"8181\"", "address=\"127.0.0.1\" port=\"" + (httpPort + 1) + "\"")
                .replace("port=\"4848\"", "address=\"127.0.0.1\" port=\"" + adminPort + "\"")
                .replace("port=\"3700\"", "port=\"" + (3700 + offset) + "\"")
                .replace("port=\"3820\"", "port=\"" + (3820 + offset) + "\"")
                .replace("port=\"3920\"", "port=\"" + (3920 + offset) + "\"")
                .replace("port=\"8686\"", "port=\"" + (8686 + offset) + "\"")
                .replace(
                        "name=\"JMS_PROVIDER_PORT\" value=\"7676\"",
                        "name=\"JMS_PROVIDER_PORT\" value=\"" + (7676 + offset) + "\"")
                .replace(
                        "<hazelcast-config-specific-configuration>",
                        "<hazelcast-config-specific-configuration enabled=\"false\">")
                // The portal sends no JMS; the embedded broker would listen on every interface.
                .replace(
                        "<availability-service>",
                        "<jms-service type=\"DISABLED\" default-jms-host=\"default_JMS_host\">"
                                + "<jms-host name=\"default_JMS_host\" host=\"127.0.0.1\" port=\"${JMS_PROVIDER_PORT}\" lazy-init=\"true\"/>"
                                + "</jms-service><availability-service>")
                .replace(
                        "<web-container-availability />",
                        "<web-container-availability availability-enabled=\"false\" />")
                .replace(
                        "<hazelcast-runtime-configuration ",
                        "<hazelcast-runtime-configuration interface=\"127.0.0.1\" ");
        Files.writeString(domainXml, server + xml.substring(end), StandardCharsets.UTF_8);
    }

    private static void asadmin(Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        List<String> command =
                new ArrayList<>(List.of(home.resolve("bin/asadmin").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("AS_JAVA", System.getProperty("jdk17.home"));
        builder.environment().put("JAVA_HOME", System.getProperty("jdk17.home"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("asadmin " + String.join(" ", arguments) + " failed; see " + log);
        }
    }

    private static void awaitPage(String path, Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (client.send(
                                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // restart-domain and deploy return before the application answers
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IOException(path + " did not answer within " + timeout.toSeconds() + " s; see " + log);
    }
}
