package nl.cmostamm.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.cmostamm.portal.testing.Browser;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import nl.cmostamm.portal.testing.PortalClient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * What a board sees, measured in the browser at a laptop's 1366 px and a phone's 360 px: the goal
 * overview's charts have a real plot with labelled axes; the wave comparison compares like with
 * like; the load view shows this week first; a wrong file type gets a Dutch message; and no page
 * is wider than the screen, breaks a word in a button or header, shows a message twice or lacks
 * its favicon. Every page is saved as a screenshot under {@code target/screenshots} to look at.
 */
class ChartsAndLayoutJourneyIT {

    /** A title a person pasted without spaces: it must wrap inside its card. */
    private static final String UNBROKEN_TITLE = "Meerdorpenoverleg".repeat(11) + "Dorpshuis";

    private static Initiative initiative;
    private static Person board;
    private static long goal;
    private static long story;
    private static long survey;
    private static long wave;
    private static String link;
    private static long[] toc;
    private static long[] sroi;
    private static long[] msc;
    private static long effect;

    @BeforeAll
    static void anInitiativeWithTwoYearsOfFigures() {
        initiative = Fixtures.initiative("Dorpshuis Grafieken " + Fixtures.unique("g"), "Het Hogeland");
        board = Fixtures.boardMember(initiative, "BOARD_ADMIN");
        goal = Fixtures.goal(initiative, "Meer bezoekers in het dorpshuis");
        long visitors = Fixtures.indicator(initiative, goal, "Bezoekers koffieochtend", 40);
        long helped = Fixtures.inTenant(
                initiative.id(),
                "insert into indicator (initiative_id, goal_id, name, kind, value_type, target) "
                        + "values (?, ?, 'Binnen een week geholpen', 'OUTCOME', 'PERCENTAGE', 90) returning id",
                initiative.id(),
                goal);
        LocalDate month = LocalDate.now().withDayOfMonth(1).minusMonths(24);
        for (int i = 0; i < 24; i++, month = month.plusMonths(1)) {
            Fixtures.measurement(initiative, visitors, month, 20 + i);
            Fixtures.measurement(initiative, helped, month, 70 + i / 2);
        }
        Fixtures.goal(initiative, UNBROKEN_TITLE);

        long category = Fixtures.helpCategory(initiative, "Vervoer");
        long henk = Fixtures.volunteer(initiative, "Henk Bakker", category);
        Fixtures.helpRequest(initiative, category, "mevr. D.", henk, 9);
        story = Fixtures.story(initiative, "Vader zingt weer");
        Fixtures.methodChoice(
                initiative, "THEORY_OF_CHANGE,NARRATIVE", "Begin met twee avonden voor de verandertheorie.");
        toc = Fixtures.theoryOfChange(initiative, visitors);
        sroi = Fixtures.sroiAnalysis(initiative, "Prognose 2025", false);
        msc = Fixtures.mscRound(initiative, "Najaar 2026", story);

        survey = Fixtures.survey(initiative, "Tevredenheid");
        long likert = Fixtures.firstQuestion(initiative, survey);
        long secondLikert = Fixtures.inTenant(
                initiative.id(),
                "insert into survey_question (initiative_id, survey_id, position, type, text, options, required) "
                        + "values (?, ?, 2, 'LIKERT', 'De vrijwilliger kwam de afspraken na.', ?, true) returning id",
                initiative.id(),
                survey,
                "Helemaal mee oneens\nMee oneens\nNeutraal\nMee eens\nHelemaal mee eens");
        long yesNo = Fixtures.inTenant(
                initiative.id(),
                "insert into survey_question (initiative_id, survey_id, position, type, text, required) "
                        + "values (?, ?, 3, 'YES_NO', 'Zou u ons aanbevelen?', true) returning id",
                initiative.id(),
                survey);
        String before = Fixtures.wave(initiative, survey, "Voormeting voorjaar 2026", true);
        String after = Fixtures.wave(initiative, survey, "Nameting najaar 2026", true);
        wave = Fixtures.waveOf(initiative, after);
        link = after;
        effect = Fixtures.effect(
                initiative, "Meer mensen voelen zich welkom", goal, Fixtures.waveOf(initiative, before), wave);
        Fixtures.effectIndicator(initiative, effect, visitors);
        Fixtures.lonelinessComparison(initiative, effect);
        for (int i = 0; i < 6; i++) {
            for (String link : List.of(before, after)) {
                // a respondent each: a device that answered before is asked first (the "answered" cookie)
                new PortalClient()
                        .post(
                                "/s/" + link,
                                Map.of(
                                        "key",
                                        UUID.randomUUID().toString(),
                                        "q" + likert,
                                        String.valueOf(2 + i % 3),
                                        "q" + secondLikert,
                                        String.valueOf(3 + i % 2),
                                        "q" + yesNo,
                                        i % 3 == 0 ? "2" : "1"));
            }
        }
    }

    @Test
    void theGoalOverviewsChartsHaveARealPlotWithLabelledAxes() throws IOException {
        for (Supplier<Browser> size : List.<Supplier<Browser>>of(Browser::desktop, Browser::phone)) {
            try (Browser browser = size.get()) {
                browser.logIn(board.email(), Fixtures.PASSWORD).open("/app/goal/goal-overview.xhtml");
                browser.awaitTrue(() ->
                        Boolean.TRUE.equals(browser.script("return document.querySelectorAll('canvas').length === 2"
                                + " && [...document.querySelectorAll('canvas')].every(c => Chart.getChart(c))")));
                long width = (Long) browser.script("return innerWidth");
                for (int i = 0; i < 2; i++) {
                    String chart = "Chart.getChart(document.querySelectorAll('canvas')[" + i + "])";
                    double plot = ((Number) browser.script("return " + chart + ".chartArea.height")).doubleValue();
                    assertTrue(plot >= 150, "chart " + i + " at " + width + " px has a plot of " + plot + " px");
                    long monthLabels = (Long) browser.script("return " + chart + ".scales.x.ticks.length");
                    assertTrue(monthLabels >= 3 && monthLabels <= 6, monthLabels + " month labels at " + width + " px");
                    assertEquals(
                            0L,
                            browser.script("return " + chart + ".scales.x.labelRotation"),
                            "month labels are not rotated");
                    assertTrue(
                            (Long) browser.script("return " + chart + ".scales.y.ticks.length") >= 3,
                            "the value axis is labelled");
                    assertEquals(
                            2L,
                            browser.script("return " + chart + ".legend.legendItems.length"),
                            "value and target in the legend");
                    double target =
                            ((Number) browser.script("return " + chart + ".getDatasetMeta(1).data[0].y")).doubleValue();
                    double top = ((Number) browser.script("return " + chart + ".chartArea.top")).doubleValue();
                    assertTrue(target > top, "the target line lies inside the plot, below its top edge");
                }
                assertFitsTheScreen(browser, "goal overview");
                Object decorations = browser.script("return [...document.querySelectorAll('.ui-linkbutton a')]"
                        + ".map(a => getComputedStyle(a).textDecorationLine)");
                assertTrue(
                        ((List<?>) decorations).size() >= 2
                                && ((List<?>) decorations).stream().allMatch("none"::equals),
                        "'Nieuw doel' and 'Metingen invoeren' are buttons, not underlined links: " + decorations);
                browser.screenshotFullPage("goal-overview-" + width);
            }
        }
    }

    @Test
    void pagesFitTheScreenAndKeepWordsWhole() throws IOException {
        List<String> pages = List.of(
                "/app/goal/goal-overview.xhtml",
                "/app/goal/edit-goal.xhtml?id=" + goal,
                "/app/datacollection/record-measurements.xhtml",
                "/app/logbook/load.xhtml",
                "/app/logbook/annual.xhtml",
                "/app/survey/surveys.xhtml",
                "/app/survey/survey.xhtml?id=" + survey,
                "/app/survey/results.xhtml?wave=" + wave,
                "/app/story/story.xhtml?id=" + story,
                "/app/initiative/members.xhtml",
                "/app/logbook/week.xhtml",
                "/app/logbook/volunteers.xhtml",
                "/app/datacollection/measurements.xhtml",
                "/app/story/stories.xhtml",
                "/app/stakeholder/stakeholders.xhtml",
                "/app/audit/audit-trail.xhtml",
                "/app/method/chooser.xhtml",
                "/app/method/toc.xhtml",
                "/app/method/toc-steps.xhtml?step=8",
                "/app/method/toc-element.xhtml?id=" + toc[0],
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
                "/app/method/msc-round.xhtml?id=" + msc[0],
                "/app/method/msc-panel.xhtml?id=" + msc[1],
                "/app/method/effects.xhtml",
                "/app/method/effect.xhtml?id=" + effect,
                "/app/method/effect-edit.xhtml?id=" + effect,
                "/app/proxies/proxies.xhtml",
                "/app/initiative/home.xhtml");
        for (Supplier<Browser> size : List.<Supplier<Browser>>of(Browser::desktop, Browser::phone)) {
            try (Browser browser = size.get()) {
                browser.logIn(board.email(), Fixtures.PASSWORD);
                long width = (Long) browser.script("return innerWidth");
                for (String page : pages) {
                    assertLaidOut(browser, page, width);
                }

                browser.open("/app/goal/edit-goal.xhtml?id=" + goal);
                assertEquals(
                        Boolean.TRUE,
                        browser.script(
                                "const i = document.getElementById('goal:periodStart_input'),"
                                        + " b = document.querySelector('[id=\"goal:periodStart\"] .ui-datepicker-trigger');"
                                        + " return Math.abs(i.getBoundingClientRect().top - b.getBoundingClientRect().top) < 8"),
                        "the calendar button sits beside its field at " + width + " px");

                browser.open("/app/survey/surveys.xhtml");
                List<String> templates =
                        browser
                                .driver()
                                .findElements(By.cssSelector("[id='fromTemplate:template_input'] option"))
                                .stream()
                                .map(option -> option.getAttribute("textContent"))
                                .toList();
                assertTrue(templates.size() > 1, templates.toString());
                templates.forEach(label -> assertFalse(label.matches(".*vragen\\).*vragen.*"), label));
                assertEquals(
                        Boolean.TRUE,
                        browser.script("const card = document.getElementById('fromTemplate').closest('.card')"
                                + ".getBoundingClientRect(), menu = document.getElementById('fromTemplate:template').getBoundingClientRect();"
                                + " return menu.right <= card.right"),
                        "the template dropdown stays inside its card at " + width + " px");

                browser.open("/app/datacollection/record-measurements.xhtml");
                assertTrue(
                        browser.text("grid:rows").contains("%"),
                        "the percentage indicator shows its unit before a value is typed");
            }
        }
    }

    /**
     * The proxy library as an advisor sees it, with its edit buttons, and the editor, new and with a
     * seeded proxy: laid out like every page, old prices marked in words, sources opened safely.
     */
    @Test
    void theProxyLibraryAndItsEditorFitTheScreen() throws IOException {
        Person advisor = Fixtures.account("Adviseur Proxybibliotheek", false, true);
        for (Supplier<Browser> size : List.<Supplier<Browser>>of(Browser::desktop, Browser::phone)) {
            try (Browser browser = size.get()) {
                browser.logIn(advisor.email(), Fixtures.PASSWORD);
                long width = (Long) browser.script("return innerWidth");
                for (String page : List.of(
                        "/app/proxies/proxies.xhtml",
                        "/app/proxies/proxy.xhtml",
                        "/app/proxies/proxy.xhtml?id=" + Fixtures.firstProxy())) {
                    assertLaidOut(browser, page, width);
                }

                browser.open("/app/proxies/proxies.xhtml");
                assertTrue(browser.pageText().contains("ouder dan vijf jaar"), "the seed's 2014 prices are marked");
                assertEquals(
                        Boolean.TRUE,
                        browser.script("const links = [...document.querySelectorAll('a[target=_blank]')];"
                                + " return links.length > 0 && links.every(a => a.relList.contains('noopener'))"),
                        "a source opens without handing the portal's window to it");
            }
        }
    }

    @Test
    void theGoalTitleWithoutSpacesWrapsInsideItsCard() {
        for (Supplier<Browser> size : List.<Supplier<Browser>>of(Browser::desktop, Browser::phone)) {
            try (Browser browser = size.get()) {
                browser.logIn(board.email(), Fixtures.PASSWORD).open("/app/goal/goal-overview.xhtml");
                assertTrue(browser.pageText().contains(UNBROKEN_TITLE.substring(0, 40)));
                assertFitsTheScreen(browser, "goal overview with an unbroken title");
                assertEquals(
                        Boolean.TRUE,
                        browser.script("return [...document.querySelectorAll('section.goal h2')].every(h =>"
                                + " h.scrollWidth <= h.closest('section').clientWidth)"),
                        "every goal title fits its card");
            }
        }
    }

    @Test
    void theWaveComparisonComparesLikeWithLikeAndLabelsEveryQuestion() throws IOException {
        try (Browser browser = Browser.desktop()) {
            browser.logIn(board.email(), Fixtures.PASSWORD).open("/app/survey/results.xhtml?wave=" + wave);
            browser.awaitTrue(
                    () -> Boolean.TRUE.equals(
                            browser.script(
                                    "return [...document.querySelectorAll('.comparison-group canvas')].every(c => Chart.getChart(c))")));
            List<WebElement> groups = browser.driver().findElements(By.cssSelector(".comparison-group"));
            assertEquals(2, groups.size(), "scale questions and yes/no questions apart");
            assertEquals(
                    List.of(2L, 1L),
                    browser.script("return [...document.querySelectorAll('.comparison-group canvas')]"
                            + ".map(c => Chart.getChart(c).scales.y.ticks.length)"),
                    "every question labelled");
            assertEquals(
                    List.of(5L, 100L),
                    browser.script("return [...document.querySelectorAll('.comparison-group canvas')]"
                            + ".map(c => Chart.getChart(c).scales.x.max)"),
                    "a 1-to-5 axis and a percent axis");
            String yesNo = groups.get(1).getText();
            assertTrue(yesNo.matches("(?s).*n = 6; \\d+%.*"), "the yes share as a percentage: " + yesNo);
            assertFalse(yesNo.matches("(?s).*n = 6; 0,\\d.*"), yesNo);
            assertEquals(
                    Boolean.TRUE,
                    browser.script("return [...document.querySelectorAll('.comparison-table')].every(t =>"
                            + " t.scrollWidth <= t.clientWidth + 1)"),
                    "column headers wrap inside the table");
            browser.screenshotFullPage("wave-comparison-1366");
        }
    }

    @Test
    void everyWrongMeasurementIsNamedAtOnceAndKeptAsTyped() {
        try (Browser browser = Browser.desktop()) {
            browser.logIn(board.email(), Fixtures.PASSWORD).open("/app/datacollection/record-measurements.xhtml");
            valueOf(browser, "Bezoekers koffieochtend").sendKeys("-3");
            valueOf(browser, "Binnen een week geholpen").sendKeys("120");
            browser.click("grid:save");

            String count = rowOf(browser, "Bezoekers koffieochtend").getText();
            String percentage = rowOf(browser, "Binnen een week geholpen").getText();
            assertTrue(count.contains("een aantal is een heel getal van 0 of meer"), count);
            assertTrue(percentage.contains("een percentage ligt tussen 0 en 100"), percentage);
            assertEquals("-3", valueOf(browser, "Bezoekers koffieochtend").getAttribute("value"));
            assertEquals("120", valueOf(browser, "Binnen een week geholpen").getAttribute("value"));
        }
    }

    private static org.openqa.selenium.WebElement rowOf(Browser browser, String indicator) {
        return browser.driver().findElement(By.xpath("//tr[.//span[normalize-space()='" + indicator + "']]"));
    }

    private static org.openqa.selenium.WebElement valueOf(Browser browser, String indicator) {
        return rowOf(browser, indicator).findElement(By.cssSelector("input[id$=':value']"));
    }

    @Test
    void theLoadViewShowsThisWeekFirst() {
        try (Browser browser = Browser.phone()) {
            browser.logIn(board.email(), Fixtures.PASSWORD).open("/app/logbook/load.xhtml");
            List<WebElement> headers = browser.driver().findElements(By.cssSelector("#load thead th"));
            String thisWeek = headers.get(1).getText();
            assertTrue(
                    thisWeek.startsWith("deze week")
                            && thisWeek.matches("(?s).*wk \\d{1,2} \\(\\d{1,2} \\p{L}+\\.?\\).*"),
                    thisWeek);
            WebElement henk = browser.driver()
                    .findElement(By.xpath("//table[@id='load']//tr[th[normalize-space()='Henk Bakker']]/td[1]"));
            assertTrue(henk.getAttribute("class").contains("over"), "this week's overload is the first figure");
            assertEquals(
                    Boolean.TRUE,
                    browser.script("return arguments[0].getBoundingClientRect().right <= innerWidth", henk),
                    "and visible without scrolling");
            assertTrue(browser.text("warnings").contains("Henk Bakker: wk "), "the warning names the week");
        }
    }

    @Test
    void aWrongFileTypeIsRefusedInDutchByItsLabel(@TempDir Path folder) throws IOException {
        try (Browser browser = Browser.desktop()) {
            browser.logIn(board.email(), Fixtures.PASSWORD).open("/app/story/story.xhtml?id=" + story);
            assertEquals("object", browser.script("return typeof OmniFaces"), "OmniFaces is there on the first load");
            Path notes = Files.writeString(folder.resolve("notes.txt"), "geen foto");
            browser.chooseFile("photoForm:photo", notes).click("photoForm:upload");
            String page = browser.pageText();
            assertTrue(
                    page.contains("Foto (JPEG of PNG): het bestand 'notes.txt' is niet van de gevraagde soort."), page);
            assertFalse(page.contains("photoForm:photo"), page);
        }
    }

    @Test
    void questionTitlesOnThePublicFormStayInsideTheirCardsOnAPhone() throws IOException {
        try (Browser browser = Browser.phone()) {
            browser.open("/s/" + link);
            assertFitsTheScreen(browser, "the public form");
            assertEquals(
                    List.of(),
                    browser.script("return [...document.querySelectorAll('fieldset.question')].filter(f => {"
                            + " const l = f.querySelector('legend').getBoundingClientRect(), c = f.getBoundingClientRect();"
                            + " return l.top - c.top < 8 || l.left - c.left < 8 || c.right - l.right < 8; })"
                            + ".map(f => f.querySelector('legend').textContent.trim())"),
                    "question titles keep the card's padding");
            assertEquals("image/svg+xml", browser.script("return document.querySelector('link[rel=icon]').type"));
            browser.screenshotFullPage("public-form-360");
        }
    }

    /** Words split over two lines inside buttons and table headers: each word should have one box. */
    /** Table cells and buttons whose content is wider than what they show: cut off, not wrapped. */
    private static final String CUT_OFF = """
            return [...document.querySelectorAll('th, td, .ui-button')]
                .filter(e => e.offsetParent && e.scrollWidth > e.clientWidth + 1)
                .map(e => e.textContent.trim().substring(0, 40));""";

    private static final String BROKEN_WORDS = """
            const broken = [];
            for (const element of document.querySelectorAll('.ui-button-text, th, .ui-column-title')) {
                const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    if (!node.parentElement.offsetParent) continue;
                    const re = /[^\\s\\u00ad-]+/g;
                    let m;
                    while ((m = re.exec(node.data)) !== null) {
                        if (node.data.charAt(m.index - 1) === '\u00ad') continue; // a break at a soft hyphen is meant
                        const range = document.createRange();
                        range.setStart(node, m.index);
                        range.setEnd(node, m.index + m[0].length);
                        const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                        if (lines.size > 1) broken.push(m[0]);
                    }
                }
            }
            return broken;
            """;

    /**
     * Opens {@code page} and holds it to what every page must be at this width: no wider than the
     * screen, no word broken or cell cut off, messages in the banner only, its favicon, link buttons
     * that look like buttons; and saves its screenshot.
     */
    private static void assertLaidOut(Browser browser, String page, long width) throws IOException {
        browser.open(page);
        assertFitsTheScreen(browser, page);
        assertEquals(List.of(), browser.script(BROKEN_WORDS), page + " at " + width + " px breaks words");
        assertEquals(List.of(), browser.script(CUT_OFF), page + " at " + width + " px cuts off table cells or buttons");
        assertEquals(
                0L,
                browser.script("return document.querySelectorAll('.ui-growl').length"),
                page + ": messages have one place, the banner");
        assertTrue(browser.has("pageMessages"), page);
        assertEquals("image/svg+xml", browser.script("return document.querySelector('link[rel=icon]').type"), page);
        assertEquals(
                List.of(),
                browser.script("return [...document.querySelectorAll('a.ui-button, .ui-linkbutton a')]"
                        + ".filter(a => getComputedStyle(a).textDecorationLine !== 'none'"
                        + " || getComputedStyle(a.querySelector('.ui-button-text') || a).textDecorationLine !== 'none')"
                        + ".map(a => a.textContent.trim())"),
                page + ": link buttons are not underlined");
        browser.screenshotFullPage(
                page.replaceAll("^/app/|\\?.*$", "").replace('/', '-').replace(".xhtml", "") + "-" + width);
    }

    private static void assertFitsTheScreen(Browser browser, String page) {
        assertTrue(browser.fitsTheScreen(), page + " is wider than the screen: " + browser.widths());
    }
}
