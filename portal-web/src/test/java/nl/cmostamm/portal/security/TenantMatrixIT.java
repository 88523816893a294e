package nl.cmostamm.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import nl.cmostamm.portal.testing.PortalClient;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
    private static long analysisOfB;
    private static long outcomeOfB;
    private static long analysisOfA;
    private static long goalOfB;
    private static long indicatorOfB;
    private static long activityOfB;
    private static long volunteerOfB;
    private static long requestOfB;
    private static String categoryOfA;
    private static long storyOfB;
    private static long storyOfA;
    private static long surveyOfB;
    private static long waveOfB;
    private static String tokenOfA;
    private static String tokenOfB;
    private static long waveOfA;
    private static long elementOfB;
    private static long linkOfB;
    private static long versionOfB;
    private static String elementOfA;
    private static long choiceOfB;
    private static long[] mscOfB;
    private static long[] mscOfA;
    private static long effectOfB;

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
        goalOfB = Fixtures.goal(b, "Doel " + secretOfB);
        indicatorOfB = Fixtures.indicator(b, goalOfB, "Indicator " + secretOfB, 10);
        Fixtures.measurement(b, indicatorOfB, LocalDate.of(2026, 10, 1), 7);
        activityOfB = Fixtures.activity(b, "Activiteit " + secretOfB, LocalDate.of(2026, 10, 2), 12);
        long categoryB = Fixtures.helpCategory(b, "Categorie " + secretOfB);
        volunteerOfB = Fixtures.volunteer(b, "Vrijwilliger " + secretOfB, categoryB);
        requestOfB = Fixtures.helpRequest(b, categoryB, "B.", volunteerOfB, 2);
        storyOfB = Fixtures.story(b, "Verhaal " + secretOfB);
        storyOfA = Fixtures.story(a, "Verhaal van A");
        Fixtures.allowPublication(a, storyOfA);
        Fixtures.allowPublication(b, storyOfB);
        // B's story id written into A's sheet, as if tampered with: it must never show in A's sheet
        Fixtures.factSheet(a, storyOfA, storyOfB);
        Fixtures.factSheet(b, storyOfB);
        Fixtures.inTenant(
                a.id(),
                "insert into story_photo (initiative_id, story_id, content_type, content, byte_size) "
                        + "values (?, ?, 'image/png', ?, 4)",
                a.id(),
                storyOfA,
                new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        categoryOfA = "Vervoer " + Fixtures.unique("c");
        long categoryA = Fixtures.helpCategory(a, categoryOfA);
        Fixtures.helpRequest(a, categoryA, "A.", Fixtures.volunteer(a, "Vrijwilliger van A", categoryA), 3);
        long goalOfA = Fixtures.goal(a, "Doel van A");
        Fixtures.indicator(a, goalOfA, "Indicator van A " + Fixtures.unique("i"), 10);
        Fixtures.stakeholderGroup(b, "Groep " + secretOfB);
        surveyOfB = Fixtures.survey(b, "Vragenlijst " + secretOfB);
        tokenOfB = Fixtures.wave(b, surveyOfB, "Ronde " + secretOfB, true);
        waveOfB = Fixtures.waveOf(b, tokenOfB);
        tokenOfA = Fixtures.wave(a, Fixtures.survey(a, "Vragenlijst van A"), "Ronde van A", true);
        waveOfA = Fixtures.waveOf(a, tokenOfA);
        elementOfB = Fixtures.tocElement(b, "OUTPUT", "Element " + secretOfB);
        long impactOfB = Fixtures.tocElement(b, "IMPACT", "Impact " + secretOfB);
        linkOfB = Fixtures.tocLink(b, elementOfB, impactOfB, "Aanname " + secretOfB);
        versionOfB = Fixtures.tocVersion(
                b,
                "Versie " + secretOfB,
                "{\"elements\":[{\"id\":" + elementOfB + ",\"level\":\"OUTPUT\",\"title\":\"Element " + secretOfB
                        + "\",\"indicators\":[],\"stories\":0,\"surveys\":[]}],\"links\":[]}");
        elementOfA = "Koffieochtend " + Fixtures.unique("t");
        long activityOfA = Fixtures.tocElement(a, "ACTIVITY", elementOfA);
        Fixtures.tocLink(a, activityOfA, Fixtures.tocElement(a, "OUTPUT", "Bezoekers van A"), "Aanname van A");
        choiceOfB = Fixtures.methodChoice(b, "SROI", "Notitie " + secretOfB);
        long[] sroiOfB = Fixtures.sroiAnalysis(b, "Analyse " + secretOfB, false);
        analysisOfB = sroiOfB[0];
        outcomeOfB = sroiOfB[1];
        analysisOfA = Fixtures.sroiAnalysis(a, "Analyse van A", false)[0];
        mscOfB = Fixtures.mscRound(b, "Ronde " + secretOfB, storyOfB);
        mscOfA = Fixtures.mscRound(a, "Ronde van A", storyOfA);
        effectOfB = Fixtures.effect(
                b,
                "Effect " + secretOfB,
                goalOfB,
                waveOfB,
                Fixtures.waveOf(b, Fixtures.wave(b, surveyOfB, "Nameting " + secretOfB, true)));
        Fixtures.effectIndicator(b, effectOfB, indicatorOfB);
    }

    /**
     * Every page behind the login, as the board admin of A after trying to enter B: every view
     * under {@code app/} as it exists in the source tree (so a new page joins without anybody
     * remembering it), and the servlets that serve an initiative's files.
     */
    @ParameterizedTest
    @MethodSource("pagesBehindTheLogin")
    void pagesShowOnlyTheOwnInitiativeWhateverIdIsInTheRequest(String page) {
        PortalClient client = PortalClient.loggedIn(boardAdminOfA.email(), Fixtures.PASSWORD);
        assertEquals(404, client.get("/app/enter.xhtml?initiative=" + b.slug()).statusCode());

        for (String tampered : List.of(
                "",
                "?initiative=" + b.slug(),
                "?id=" + b.id(),
                "?initiativeId=" + b.id(),
                "?tenant=" + b.id(),
                "?slug=" + b.slug(),
                "?id=" + goalOfB,
                "?id=" + indicatorOfB,
                "?goal=" + goalOfB,
                "?id=" + activityOfB,
                "?id=" + volunteerOfB,
                "?id=" + requestOfB,
                "?id=" + storyOfB,
                "?story=" + storyOfB,
                "?id=" + surveyOfB,
                "?wave=" + waveOfB,
                "?wave=" + waveOfB + "&format=svg",
                "?id=" + elementOfB,
                "?link=" + linkOfB,
                "?id=" + versionOfB,
                "?level=OUTPUT&id=" + elementOfB,
                "?step=8",
                "?id=" + choiceOfB,
                "?choice=" + choiceOfB,
                "?id=" + analysisOfB,
                "?analysis=" + analysisOfB,
                "?analysis=" + analysisOfB + "&id=" + outcomeOfB,
                "?analysis=" + analysisOfA + "&id=" + outcomeOfB,
                "?id=" + mscOfB[0],
                "?id=" + mscOfB[1],
                "?id=" + mscOfB[2],
                "?round=" + mscOfB[0],
                "?id=" + effectOfB)) {
            HttpResponse<String> response = client.get(page + tampered);
            assertTrue(
                    response.statusCode() == 200 || response.statusCode() == 403 || response.statusCode() == 404,
                    page + tampered + " gave " + response.statusCode());
            assertFalse(response.body().contains(secretOfB), page + tampered + " showed B's name");
        }
    }

    static Stream<String> pagesBehindTheLogin() throws IOException {
        Path webapp = Path.of("src/main/webapp");
        List<String> views;
        try (Stream<Path> files = Files.walk(webapp.resolve("app"))) {
            views = files.filter(f -> f.toString().endsWith(".xhtml"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
        assertTrue(
                views.size() >= 30 && views.contains("/app/goal/goal-overview.xhtml"),
                "the views were found: " + views);
        return Stream.concat(views.stream(), SERVLETS.stream());
    }

    /** Pages under /app/ that are servlets, not views: they serve an initiative's photos and QR codes. */
    private static final List<String> SERVLETS = List.of("/app/story/photo", "/app/survey/qr");

    /** B's goal, indicator and activity by their real ids, from inside A: not found, and nothing of B shown. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/app/goal/edit-goal.xhtml?id=%1$d",
                "/app/goal/edit-indicator.xhtml?id=%2$d",
                "/app/activity/activity.xhtml?id=%3$d",
                "/app/activity/activity.xhtml?id=x%3$d",
                "/app/logbook/volunteer.xhtml?id=%4$d",
                "/app/logbook/help-request.xhtml?id=%5$d",
                "/app/story/story.xhtml?id=%6$d",
                "/app/story/edit-story.xhtml?id=%6$d",
                "/app/story/photo?story=%6$d",
                "/app/goal/edit-indicator.xhtml?goal=%1$d",
                "/app/goal/edit-goal.xhtml?id=abc",
                "/app/goal/edit-indicator.xhtml?id=-1",
                "/app/survey/survey.xhtml?id=%7$d",
                "/app/survey/results.xhtml?wave=%8$d",
                "/app/survey/qr?wave=%8$d&format=png",
                "/app/survey/qr?wave=%8$d&format=svg",
                "/app/survey/results.xhtml?wave=abc",
                "/app/survey/survey.xhtml",
                "/app/method/toc-element.xhtml?id=%9$d",
                "/app/method/toc.xhtml?link=%10$d",
                "/app/method/toc-version.xhtml?id=%11$d",
                "/app/method/toc-version.xhtml",
                "/app/method/toc-element.xhtml?level=NOPE",
                "/app/method/toc-steps.xhtml?step=11",
                "/app/method/sroi-map.xhtml?id=%12$d",
                "/app/method/sroi-map.xhtml",
                "/app/method/sroi-analysis.xhtml?id=%12$d",
                "/app/method/sroi-input.xhtml?analysis=%12$d",
                "/app/method/sroi-input.xhtml",
                "/app/method/sroi-outcome.xhtml?analysis=%12$d&id=%13$d",
                "/app/method/sroi-outcome.xhtml?analysis=%14$d&id=%13$d",
                "/app/method/sroi-scenario.xhtml?analysis=%12$d",
                "/app/method/msc-round.xhtml?id=%15$d",
                "/app/method/msc-round.xhtml",
                "/app/method/msc-round-settings.xhtml?id=%15$d",
                "/app/method/msc-panel.xhtml?id=%16$d",
                "/app/method/msc-panel.xhtml?round=%15$d",
                "/app/method/msc-panel.xhtml",
                "/app/method/msc-domain.xhtml?id=%17$d",
                "/app/method/effect.xhtml?id=%18$d",
                "/app/method/effect.xhtml",
                "/app/method/effect-edit.xhtml?id=%18$d"
            })
    void anotherInitiativesGoalsAndIndicatorsAreNotFound(String pattern) {
        PortalClient client = PortalClient.loggedIn(boardAdminOfA.email(), Fixtures.PASSWORD);
        client.get("/app/enter.xhtml?initiative=" + a.slug());

        HttpResponse<String> response = client.get(String.format(
                pattern,
                goalOfB,
                indicatorOfB,
                activityOfB,
                volunteerOfB,
                requestOfB,
                storyOfB,
                surveyOfB,
                waveOfB,
                elementOfB,
                linkOfB,
                versionOfB,
                analysisOfB,
                outcomeOfB,
                analysisOfA,
                mscOfB[0],
                mscOfB[1],
                mscOfB[2],
                effectOfB));

        assertEquals(404, response.statusCode(), pattern);
        assertFalse(response.body().contains(secretOfB));
    }

    /** The CSV export and the template, as downloaded by A: A's rows and indicators only. The Excel
     * export runs the same query; its content is checked in MeasurementServiceIT. */
    @ParameterizedTest
    @ValueSource(strings = {"export:csv", "templateForm:template"})
    void downloadsHoldOnlyTheOwnInitiativesData(String button) {
        PortalClient client = PortalClient.loggedIn(boardAdminOfA.email(), Fixtures.PASSWORD);
        client.get("/app/enter.xhtml?initiative=" + a.slug());

        HttpResponse<String> download =
                client.submit("/app/datacollection/measurements.xhtml", button.split(":")[0], Map.of(), button);

        assertEquals(200, download.statusCode());
        assertTrue(
                download.headers().firstValue("Content-Disposition").orElse("").contains("attachment"), button);
        assertTrue(download.body().contains("indicator;periode_van;periode_tot;waarde"), download.body());
        assertFalse(download.body().contains(secretOfB), button + " contained B's data");
        if (button.equals("templateForm:template")) {
            assertTrue(download.body().contains("Indicator van A"), download.body());
        }
    }

    /** B has recorded its methods, A has not: A's chooser starts at the first question, A's home invites. */
    @Test
    void anotherInitiativesMethodChoiceIsNeverTheOwn() {
        PortalClient client = PortalClient.loggedIn(memberOfA.email(), Fixtures.PASSWORD);
        client.get("/app/enter.xhtml?initiative=" + a.slug());

        String chooser = client.get("/app/method/chooser.xhtml").body();
        assertTrue(chooser.contains("Stap 1 van 5"), chooser);
        assertFalse(chooser.contains(secretOfB));
        String home = client.get("/app/initiative/home.xhtml").body();
        assertTrue(home.contains("id=\"noMethods\""), home);
    }

    @Test
    void aStorysPhotoIsServedOnlyAsAnAttachmentAndOnlyInItsOwnInitiative() {
        PortalClient client = PortalClient.loggedIn(boardAdminOfA.email(), Fixtures.PASSWORD);
        client.get("/app/enter.xhtml?initiative=" + a.slug());

        HttpResponse<String> photo = client.get("/app/story/photo?story=" + storyOfA);

        assertEquals(200, photo.statusCode());
        assertTrue(photo.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertTrue(photo.headers().firstValue("Content-Type").orElse("").startsWith("image/png"));
        assertEquals(
                "nosniff", photo.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals(404, client.get("/app/story/photo?story=" + storyOfB).statusCode());
    }

    @Test
    void theStoryExportHoldsOnlyTheOwnStories() {
        PortalClient client = PortalClient.loggedIn(boardAdminOfA.email(), Fixtures.PASSWORD);
        client.get("/app/enter.xhtml?initiative=" + a.slug());

        HttpResponse<String> export = client.submitAfterPostback(
                "/app/story/stories.xhtml", "export", Map.of("export:confirm_input", "on"), "export:download");

        assertEquals(200, export.statusCode());
        assertTrue(export.body().contains("Verhaal van A"), export.body());
        assertFalse(export.body().contains(secretOfB));
    }

    @Test
    void theAnnualOverviewPdfHoldsOnlyTheOwnLogbook() throws IOException {
        PortalClient client = PortalClient.loggedIn(boardAdminOfA.email(), Fixtures.PASSWORD);
        client.get("/app/enter.xhtml?initiative=" + a.slug());

        HttpResponse<byte[]> pdf = client.download("/app/logbook/annual.xhtml", "annual", "annual:pdf");

        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Jaaroverzicht hulpvragen"), text);
            assertTrue(text.contains(categoryOfA), text);
            assertFalse(text.contains(secretOfB), text);
        }
    }

    /**
     * The fact sheet, as downloaded by A: A's name and A's story only, even with B's story id
     * written into A's choices; the public link's path with a made-up token is not found for A
     * either: a session does not open a public sheet.
     */
    @Test
    void theFactSheetHoldsOnlyTheOwnInitiative() throws IOException {
        PortalClient client = PortalClient.loggedIn(boardAdminOfA.email(), Fixtures.PASSWORD);
        client.get("/app/enter.xhtml?initiative=" + a.slug());

        HttpResponse<byte[]> pdf = client.download("/app/report/factsheet.xhtml", "download", "download:pdf");

        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Dorpshuis Aaa"), text);
            assertTrue(text.contains("Verhaal van A"), text);
            assertFalse(text.contains(secretOfB), "B's name or story in A's fact sheet");
        }
        for (String path : List.of(
                "/feitenblad/" + "A".repeat(43),
                "/feitenblad/" + "A".repeat(43) + ".pdf",
                "/feitenblad/" + b.slug(),
                "/feitenblad/" + b.id(),
                "/feitenblad/")) {
            HttpResponse<String> response = client.get(path);
            assertEquals(404, response.statusCode(), path);
            assertFalse(response.body().contains(secretOfB), path);
        }
    }

    /** The MSC feedback letter, as downloaded by A: A's story and A's panel's reason only. */
    @Test
    void theMscFeedbackLetterHoldsOnlyTheOwnStory() throws IOException {
        PortalClient client = PortalClient.loggedIn(boardAdminOfA.email(), Fixtures.PASSWORD);
        client.get("/app/enter.xhtml?initiative=" + a.slug());

        HttpResponse<byte[]> pdf =
                client.download("/app/method/msc-round.xhtml?id=" + mscOfA[0], "letters", "letters:tellers:0:letter");

        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Verhaal van A"), text);
            assertTrue(text.contains("Reden van het panel bij Ronde van A"), text);
            assertFalse(text.contains(secretOfB), text);
        }
    }

    /**
     * The dashboard, an alert's link and the municipality overview, as A's advisor: nothing of B,
     * whichever initiative or municipality the request names.
     */
    @Test
    void theDashboardAndTheMunicipalityOverviewShowNothingOfAnotherPortfolio() {
        PortalClient client = PortalClient.loggedIn(advisorOfA.email(), Fixtures.PASSWORD);
        String dashboard = client.get("/app/portfolio/portfolio.xhtml").body();
        assertTrue(dashboard.contains(a.name()), dashboard);
        assertFalse(dashboard.contains(secretOfB), dashboard);
        assertEquals(
                404,
                client.get("/app/enter.xhtml?initiative=" + b.slug() + "&to=WAVE_CLOSING")
                        .statusCode());
        String overview = client.get("/app/portfolio/rollup.xhtml?municipality=Borger-Odoorn")
                .body();
        assertTrue(overview.contains("geen actieve initiatieven in uw portefeuille"), overview);
        assertFalse(overview.contains(secretOfB), overview);
    }

    /** The insight report as PDF and spreadsheet, as downloaded by A: nothing of B's activities or help. */
    @Test
    void theInsightReportHoldsOnlyTheOwnInitiative() throws IOException {
        PortalClient client = PortalClient.loggedIn(boardAdminOfA.email(), Fixtures.PASSWORD);
        client.get("/app/enter.xhtml?initiative=" + a.slug());

        HttpResponse<byte[]> pdf = client.download("/app/report/insight.xhtml", "report", "report:pdf");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(a.name()), text);
            assertTrue(text.contains("Vervoer"), "A's own help category: " + text);
            assertFalse(text.contains(secretOfB), text);
        }
        HttpResponse<byte[]> excel = client.download("/app/report/insight.xhtml", "report", "report:excel");
        assertEquals(200, excel.statusCode());
        String cells = workbookText(excel.body());
        assertFalse(cells.contains(secretOfB), cells);
    }

    /** An SROI analysis' report and workbook, as downloaded by A: A's analysis only. */
    @Test
    void theSroiExportsHoldOnlyTheOwnAnalysis() throws IOException {
        PortalClient client = PortalClient.loggedIn(boardAdminOfA.email(), Fixtures.PASSWORD);
        client.get("/app/enter.xhtml?initiative=" + a.slug());
        String page = "/app/method/sroi-map.xhtml?id=" + analysisOfA;

        HttpResponse<byte[]> pdf = client.download(page, "export", "export:pdf");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Analyse van A"), text);
            assertFalse(text.contains(secretOfB), text);
        }
        HttpResponse<byte[]> excel = client.download(page, "export", "export:excel");
        assertEquals(200, excel.statusCode());
        String cells = workbookText(excel.body());
        assertTrue(cells.contains("Analyse van A"), cells);
        assertFalse(cells.contains(secretOfB), cells);
    }

    /** The Theory of Change's PDF, workbook and images, as downloaded by A: A's chain only. */
    @Test
    void theTheoryOfChangeExportsHoldOnlyTheOwnChain() throws IOException {
        PortalClient client = PortalClient.loggedIn(boardAdminOfA.email(), Fixtures.PASSWORD);
        client.get("/app/enter.xhtml?initiative=" + a.slug());

        HttpResponse<byte[]> pdf = client.download("/app/method/toc.xhtml", "export", "export:pdf");
        assertEquals(200, pdf.statusCode());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains(elementOfA), text);
            assertTrue(text.contains("Aanname van A"), text);
            assertTrue(text.contains("De huidige verandertheorie, afgedrukt op "), "says what and when: " + text);
            assertFalse(text.contains(secretOfB), text);
        }
        HttpResponse<byte[]> excel = client.download("/app/method/toc.xhtml", "export", "export:excel");
        assertEquals(200, excel.statusCode());
        String cells = workbookText(excel.body());
        assertTrue(cells.contains(elementOfA), cells);
        assertFalse(cells.contains(secretOfB), cells);
        HttpResponse<byte[]> svg = client.download("/app/method/toc.xhtml", "export", "export:svg");
        assertEquals(200, svg.statusCode());
        String image = new String(svg.body(), java.nio.charset.StandardCharsets.UTF_8);
        // titles are wrapped over lines in the drawing: the first word of A's element is on its own
        assertTrue(image.contains("<svg") && image.contains("Koffieochtend"), image);
        assertFalse(image.contains(secretOfB));
        HttpResponse<byte[]> png = client.download("/app/method/toc.xhtml", "export", "export:png");
        assertEquals(200, png.statusCode());
        assertTrue(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()))
                        .getWidth()
                > 0);
    }

    private static String workbookText(byte[] xlsx) throws IOException {
        StringBuilder text = new StringBuilder();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            for (var sheet : workbook) {
                for (var row : sheet) {
                    for (var cell : row) {
                        text.append(cell.toString()).append('|');
                    }
                }
            }
        }
        return text.toString();
    }

    /** The raw answers of A's wave, as CSV and Excel, and its QR code: A's wave only. */
    @Test
    void surveyExportsAndQrCodesHoldOnlyTheOwnWave() throws Exception {
        PortalClient respondent = new PortalClient();
        long questionOfA = Fixtures.firstQuestion(
                a, Fixtures.inTenant(a.id(), "select survey_id from survey_wave where id = ?", waveOfA));
        assertEquals(
                200,
                respondent
                        .post(
                                "/s/" + tokenOfA,
                                Map.of("key", java.util.UUID.randomUUID().toString(), "q" + questionOfA, "4"))
                        .statusCode());
        PortalClient client = PortalClient.loggedIn(boardAdminOfA.email(), Fixtures.PASSWORD);
        client.get("/app/enter.xhtml?initiative=" + a.slug());

        HttpResponse<String> csv =
                client.submit("/app/survey/results.xhtml?wave=" + waveOfA, "export", Map.of(), "export:csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        assertTrue(csv.body().contains("V1 Vraag van Vragenlijst van A"), csv.body());
        assertTrue(csv.body().contains("Mee eens"), csv.body());
        assertFalse(csv.body().contains(secretOfB));
        HttpResponse<byte[]> excel =
                client.download("/app/survey/results.xhtml?wave=" + waveOfA, "export", "export:excel");
        assertEquals(200, excel.statusCode());
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(excel.body()))) {
            assertEquals("Mee eens", workbook.getSheetAt(0).getRow(1).getCell(4).getStringCellValue());
            assertEquals(2, workbook.getSheetAt(0).getPhysicalNumberOfRows(), "A's one response only");
        }

        HttpResponse<byte[]> png = client.download("/app/survey/qr?wave=" + waveOfA + "&format=png");
        assertEquals(200, png.statusCode());
        var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png.body()));
        String decoded = new com.google.zxing.qrcode.QRCodeReader()
                .decode(
                        new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                                new com.google.zxing.client.j2se.BufferedImageLuminanceSource(image))),
                        // a generated code, not a photo: read it as one (without this hint the finder-pattern
                        // detector once missed a perfectly good code in CI)
                        Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                .getText();
        assertTrue(decoded.endsWith("/s/" + tokenOfA), decoded);
        HttpResponse<String> svg = client.get("/app/survey/qr?wave=" + waveOfA + "&format=svg");
        assertEquals(200, svg.statusCode());
        assertTrue(svg.body().contains("<svg") && svg.body().contains("crispEdges"), svg.body());
    }

    /**
     * The public side: A's link with B's question ids stores nothing for B; a random or tampered
     * token is a friendly 404 that names no initiative; a closed wave says so and takes nothing.
     */
    @Test
    void publicLinksReachOnlyTheirOwnWave() {
        PortalClient respondent = new PortalClient();
        long questionOfB = Fixtures.firstQuestion(b, surveyOfB);
        long before = Fixtures.responses(b, waveOfB);

        HttpResponse<String> mixed = respondent.post(
                "/s/" + tokenOfA, Map.of("key", java.util.UUID.randomUUID().toString(), "q" + questionOfB, "5"));
        assertEquals(
                422, mixed.statusCode(), "B's question is no answer to A's survey; A's own question is still required");
        assertTrue(mixed.body().contains("Deze vraag is verplicht."), mixed.body());
        assertFalse(mixed.body().contains(secretOfB));
        assertEquals(before, Fixtures.responses(b, waveOfB), "nothing stored for B");

        for (String token : List.of(
                nl.cmostamm.portal.survey.LinkTokens.newToken(),
                tokenOfA.substring(1) + "x",
                tokenOfB.toUpperCase(),
                String.valueOf(waveOfB),
                "")) {
            HttpResponse<String> unknown = respondent.get("/s/" + token);
            assertEquals(404, unknown.statusCode(), token);
            assertTrue(unknown.body().contains("Vragenlijst niet gevonden"), unknown.body());
            assertFalse(unknown.body().contains(secretOfB));
            assertFalse(unknown.body().contains(a.name()));
        }
        assertEquals(404, respondent.get("/survey/answer.xhtml").statusCode(), "the page itself is no way in");

        long closedSurvey = Fixtures.survey(a, "Gesloten " + Fixtures.unique("g"));
        String closed = Fixtures.wave(a, closedSurvey, "Oude ronde", false);
        HttpResponse<String> page = respondent.get("/s/" + closed);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Deze vragenlijst is gesloten"), page.body());
        HttpResponse<String> late = respondent.post(
                "/s/" + closed,
                Map.of(
                        "key",
                        java.util.UUID.randomUUID().toString(),
                        "q" + Fixtures.firstQuestion(a, closedSurvey),
                        "3"));
        assertTrue(late.body().contains("Deze vragenlijst is gesloten"), late.body());
        assertEquals(0, Fixtures.responses(a, Fixtures.waveOf(a, closed)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "A", "../b", "%27%20or%201=1", "9999999", "bestaat-niet"})
    void enteringByAnyOtherSlugIsNotFound(String suffix) {
        PortalClient client = PortalClient.loggedIn(memberOfA.email(), Fixtures.PASSWORD);

        HttpResponse<String> response =
                client.get("/app/enter.xhtml?initiative=" + (suffix.isEmpty() ? b.slug() : b.slug() + suffix));

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
        assertEquals(
                403,
                client.get("/app/audit/audit-trail.xhtml").statusCode(),
                "the audit log is for board admins and advisors");
        assertEquals(
                200, client.get("/app/goal/goal-overview.xhtml").statusCode(), "every board member works on goals");
    }

    /**
     * A person's data across every initiative is the knowledge centre's admins' alone: a board member,
     * a board admin and an advisor are refused the page (and see nothing of B on the refusal); an
     * admin opens it. The service refuses them too ({@code PersonDataIT}).
     */
    @Test
    void thePersonDataPageIsForTheKnowledgeCentresAdminsOnly() {
        for (Person refused : List.of(memberOfA, boardAdminOfA, advisorOfA)) {
            PortalClient client = PortalClient.loggedIn(refused.email(), Fixtures.PASSWORD);
            client.get("/app/enter.xhtml?initiative=" + a.slug());
            HttpResponse<String> page = client.get("/app/admin/person-data.xhtml");
            assertEquals(403, page.statusCode(), refused.name());
            assertFalse(page.body().contains(secretOfB), refused.name());
        }
        Person admin = Fixtures.account("Beheerder", true, false);
        PortalClient client = PortalClient.loggedIn(admin.email(), Fixtures.PASSWORD);
        HttpResponse<String> page = client.get("/app/admin/person-data.xhtml");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"request:search\""), "the admin gets the search form");
        assertFalse(page.body().contains(secretOfB), "nothing is shown before a search");
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

    /**
     * The proxy library belongs to no initiative: every signed-in person reads it, inside an
     * initiative or not, and only the knowledge centre's staff open its editor.
     */
    /**
     * Workshops belong to the advisor who runs them: a board member reaches none of their pages, another
     * advisor finds none of another's sessions, and a participant's cookie opens only its own session.
     */
    @Test
    void workshopSessionsAreTheirAdvisorsAndASeatOpensOnlyItsOwnSession() {
        Fixtures.WorkshopSession ofA =
                Fixtures.workshopSession(advisorOfA, a, "Bijeenkomst van A " + Fixtures.unique("w"));
        Person advisorOfB = Fixtures.advisorOf(b);
        String secretTitle = "Bijeenkomst " + secretOfB;
        Fixtures.WorkshopSession ofB = Fixtures.workshopSession(advisorOfB, b, secretTitle);
        String[] pages = {
            "/app/workshop/session.xhtml?id=" + ofB.id(),
            "/app/workshop/transfer.xhtml?id=" + ofB.id(),
            "/app/workshop/qr?session=" + ofB.id()
        };

        PortalClient member = PortalClient.loggedIn(memberOfA.email(), Fixtures.PASSWORD);
        member.get("/app/enter.xhtml?initiative=" + a.slug());
        assertEquals(403, member.get("/app/workshop/sessions.xhtml").statusCode());
        assertEquals(403, member.get("/app/workshop/exercise.xhtml").statusCode(), "the exercise editor too");
        for (String page : pages) {
            assertEquals(403, member.get(page).statusCode(), page);
        }

        PortalClient advisor = PortalClient.loggedIn(advisorOfA.email(), Fixtures.PASSWORD);
        HttpResponse<String> sessions = advisor.get("/app/workshop/sessions.xhtml");
        assertEquals(200, sessions.statusCode());
        assertFalse(sessions.body().contains(secretOfB), sessions.body());
        assertFalse(sessions.body()
                .contains(ofB.code().substring(0, 3) + " " + ofB.code().substring(3)));
        for (String page : pages) {
            HttpResponse<String> response = advisor.get(page);
            assertEquals(404, response.statusCode(), page);
            assertFalse(response.body().contains(secretOfB), page);
        }
        assertEquals(
                200, advisor.get("/app/workshop/session.xhtml?id=" + ofA.id()).statusCode());
        HttpResponse<byte[]> results =
                advisor.download("/app/workshop/session.xhtml?id=" + ofA.id(), "downloads", "downloads:pdf");
        assertEquals(200, results.statusCode());
        try (PDDocument document = Loader.loadPDF(results.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("Bijeenkomst van A"), text);
            assertFalse(text.contains(secretOfB), text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        PortalClient participant = new PortalClient();
        participant.submit(
                "/workshop/join.xhtml?code=" + ofA.code(),
                "join",
                Map.of("join:code", ofA.code(), "join:name", "Piet"),
                "join:submit");
        String seat = participant.get("/workshop/step.xhtml").body();
        assertTrue(seat.contains("Piet"), seat);
        assertFalse(seat.contains(secretOfB), seat);
        assertFalse(participant
                .get("/workshop/step.xhtml?session=" + ofB.id())
                .body()
                .contains(secretOfB));
        assertEquals(200, new PortalClient().get("/workshop/join.xhtml").statusCode());
        HttpResponse<String> staffPage = participant.get("/app/workshop/session.xhtml?id=" + ofA.id());
        assertFalse(staffPage.body().contains(ofA.code().substring(0, 3) + " "), "a seat is no login");
    }

    /**
     * Joining is limited per address: after ten wrong codes in a minute even the right code is
     * refused from there (429, said kindly), while another address still joins.
     */
    @Test
    void anAddressThatGuessesCodesIsStoppedAndOthersStillJoin() {
        Fixtures.WorkshopSession session = Fixtures.workshopSession(advisorOfA, null, "Raden " + Fixtures.unique("w"));
        PortalClient guesser = PortalClient.fromOwnLoopbackAddress();
        String wrong = session.code().startsWith("Z") ? "YYYYYY" : "ZZZZZZ";
        for (int i = 0; i < 10; i++) {
            HttpResponse<String> guess = guesser.submit(
                    "/workshop/join.xhtml", "join", Map.of("join:code", wrong, "join:name", "Gok"), "join:submit");
            assertTrue(guess.body().contains("Deze code kennen we niet"), guess.body());
        }
        HttpResponse<String> stopped = guesser.submit(
                "/workshop/join.xhtml", "join", Map.of("join:code", session.code(), "join:name", "Gok"), "join:submit");
        assertEquals(429, stopped.statusCode());
        assertTrue(stopped.body().contains("Wacht een minuut"), stopped.body());
        assertFalse(stopped.body().contains("Raden"), "no session shown");

        HttpResponse<String> someoneElse = PortalClient.fromOwnLoopbackAddress()
                .submit(
                        "/workshop/join.xhtml",
                        "join",
                        Map.of("join:code", session.code(), "join:name", "Piet"),
                        "join:submit");
        assertTrue(
                someoneElse.uri().getPath().endsWith("/workshop/step.xhtml"),
                someoneElse.uri().toString());
    }

    @Test
    void theProxyLibraryIsReadByEveryoneSignedInAndEditedOnlyByTheKnowledgeCentre() {
        long proxy = Fixtures.firstProxy();
        PortalClient member = PortalClient.loggedIn(memberOfA.email(), Fixtures.PASSWORD);
        member.get("/app/enter.xhtml?initiative=" + a.slug());

        HttpResponse<String> library = member.get("/app/proxies/proxies.xhtml");
        assertEquals(200, library.statusCode());
        assertTrue(library.body().contains("Uur mantelzorg (schaduwprijs)"), "the seed is listed");
        assertFalse(library.body().contains("id=\"library:proxies:0:edit\""), "no edit buttons for a board member");
        assertEquals(403, member.get("/app/proxies/proxy.xhtml").statusCode());
        assertEquals(403, member.get("/app/proxies/proxy.xhtml?id=" + proxy).statusCode());

        PortalClient advisor = PortalClient.loggedIn(advisorOfA.email(), Fixtures.PASSWORD);
        HttpResponse<String> staffLibrary = advisor.get("/app/proxies/proxies.xhtml");
        assertEquals(200, staffLibrary.statusCode(), "outside any initiative");
        assertTrue(staffLibrary.body().contains("id=\"library:proxies:0:edit\""), "advisors get edit buttons");
        HttpResponse<String> editor = advisor.get("/app/proxies/proxy.xhtml?id=" + proxy);
        assertEquals(200, editor.statusCode());
        assertTrue(editor.body().contains("id=\"proxy:sourceUrl\""), editor.body());
        assertEquals(404, advisor.get("/app/proxies/proxy.xhtml?id=999999999").statusCode());
        assertEquals(404, advisor.get("/app/proxies/proxy.xhtml?id=abc").statusCode());
    }

    /**
     * An initiative leaves only through the knowledge centre's admins (the leave page and its
     * download); the initiative's own board admin exports its own data and nothing of another, and a
     * board member or an advisor reaches neither.
     */
    @Test
    void onlyAdminsLetAnInitiativeLeaveAndABoardAdminExportsOnlyTheOwnData() throws IOException {
        PortalClient boardAdmin = PortalClient.loggedIn(boardAdminOfA.email(), Fixtures.PASSWORD);
        boardAdmin.get("/app/enter.xhtml?initiative=" + a.slug());
        assertEquals(403, boardAdmin.get("/app/admin/leave.xhtml").statusCode());

        HttpResponse<byte[]> export = boardAdmin.download(
                "/app/initiative/export.xhtml", "export", Map.of("export:understood_input", "on"), "export:download");

        assertEquals(200, export.statusCode());
        assertTrue(export.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        Map<String, String> zip = unzip(export.body());
        assertTrue(zip.containsKey("LEESMIJ.txt"), zip.keySet().toString());
        assertTrue(zip.get("csv/initiative.csv").contains(a.name()), zip.get("csv/initiative.csv"));
        zip.forEach((entry, content) -> assertFalse(content.contains(secretOfB), entry + " held B's data"));

        HttpResponse<byte[]> unconfirmed =
                boardAdmin.download("/app/initiative/export.xhtml", "export", Map.of(), "export:download");
        assertFalse(
                new String(unconfirmed.body(), StandardCharsets.ISO_8859_1).startsWith("PK"),
                "no export without the confirmation");

        for (Person refused : List.of(memberOfA, advisorOfA)) {
            PortalClient client = PortalClient.loggedIn(refused.email(), Fixtures.PASSWORD);
            client.get("/app/enter.xhtml?initiative=" + a.slug());
            assertEquals(403, client.get("/app/initiative/export.xhtml").statusCode(), refused.name());
            assertEquals(403, client.get("/app/admin/leave.xhtml").statusCode(), refused.name());
        }

        PortalClient admin =
                PortalClient.loggedIn(Fixtures.account("Beheerder", true, false).email(), Fixtures.PASSWORD);
        HttpResponse<String> leave = admin.get("/app/admin/leave.xhtml");
        assertEquals(200, leave.statusCode());
        assertTrue(leave.body().contains("id=\"pick:initiative\""), "the admin picks the initiative that leaves");
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
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
