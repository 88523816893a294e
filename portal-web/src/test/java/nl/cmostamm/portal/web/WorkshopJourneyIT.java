package nl.cmostamm.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.cmostamm.portal.testing.Browser;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * A workshop as it happens, with four browsers at once: an advisor plans a session for an
 * initiative and opens the presenter view; three participants join on phones (one with the
 * keyboard only); the advisor starts and moves the step and every phone follows without a reload;
 * they answer, the presenter view shows the answers as they arrive, and the advisor picks two notes
 * of the effect map and takes them into the initiative's Theory of Change after reviewing them.
 */
class WorkshopJourneyIT {

    @Test
    void anAdvisorRunsASessionThreePhonesFollowAndTwoAnswersGoIntoTheTheoryOfChange() throws Exception {
        String run = Fixtures.unique("w");
        Initiative initiative = Fixtures.initiative("Dorpshuis Werkplaats " + run, "Westerwolde");
        Person advisor = Fixtures.advisorOf(initiative);
        String title = "Effectenkaart " + run;

        try (Browser presenter = Browser.desktop();
                Browser anna = Browser.phone();
                Browser bram = Browser.phone();
                Browser carla = Browser.phone()) {
            presenter.logIn(advisor.email(), Fixtures.PASSWORD).open("/app/workshop/sessions.xhtml");
            presenter.screenshotFullPage("workshops-1366");
            AccessibilityIT.assertAccessible(presenter, "workshops");
            // the menu first, before a date picker's panel can lie over it
            presenter.choose("plan:initiative", initiative.name());
            assertEquals(initiative.name(), presenter.text("plan:initiative_label"));
            presenter.type("plan:title", title);
            presenter.typeDate(
                    "plan:day_input",
                    DateTimeFormatter.ofPattern("dd-MM-yyyy")
                            .format(LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(1)));
            presenter.typeDate("plan:time_input", "19:30");
            presenter
                    .driver()
                    .findElement(
                            By.xpath(
                                    "//div[@id='plan:exercises']//label[starts-with(normalize-space(.),'Een effectenkaart maken')]"))
                    .click();
            presenter.click("plan:schedule");
            presenter.awaitPath("/app/workshop/session.xhtml");
            assertTrue(presenter.has("transfer"), "a session for an initiative offers to take answers over");
            String code = presenter.text("joinCode").replace(" ", "");
            assertTrue(code.matches("[A-HJ-NP-Z2-9]{6}"), code);

            // Anna joins with the keyboard alone: Tab to the code, type, Tab to her name, Enter
            anna.open("/workshop/join.xhtml");
            assertTrue(
                    anna.pageText().contains("Uw antwoorden worden 90 dagen na de bijeenkomst verwijderd"),
                    "the join page says how long answers are kept");
            Actions keys = new Actions(anna.driver());
            for (int i = 0; i < 8 && !"join:code".equals(focused(anna)); i++) {
                keys.sendKeys(Keys.TAB).perform();
            }
            assertEquals("join:code", focused(anna), "the code field is reached by Tab");
            keys.sendKeys(code.toLowerCase()).sendKeys(Keys.TAB).perform();
            assertEquals("join:name", focused(anna));
            keys.sendKeys("Anna").sendKeys(Keys.ENTER).perform();
            anna.awaitText("Welkom! We beginnen zo.");
            anna.screenshotFullPage("workshop-waiting-360");
            AccessibilityIT.assertAccessible(anna, "workshop participant");

            for (Browser phone : List.of(bram, carla)) {
                // the QR code's short address, which fills in the code
                phone.open("/doe-mee/" + code);
                assertEquals(code, phone.element("join:code").getAttribute("value"));
                phone.type("join:name", phone == bram ? "Bram" : "Carla");
                phone.click("join:submit");
                phone.awaitText("Welkom! We beginnen zo.");
            }
            carla.screenshotFullPage("workshop-join-360");
            presenter.awaitText("3 deelnemers");

            presenter.click("controls:open");
            for (Browser phone : List.of(anna, bram, carla)) {
                phone.awaitText("Voor wie maakt u verschil?");
                assertTrue(phone.fitsTheScreen(), phone.widths().toString());
            }
            anna.screenshotFullPage("workshop-step-360");
            AccessibilityIT.assertAccessible(anna, "workshop step");
            for (Browser phone : List.of(anna, bram, carla)) {
                phone.type("answer:items", "Ouderen in het dorp\nMantelzorgers");
                phone.click("answer:save");
                phone.awaitText("Uw antwoord is ontvangen");
            }
            presenter.awaitText("Geantwoord: 3 van 3 deelnemers");
            assertTrue(presenter.text("cloud").contains("Ouderen in het dorp (3)"), presenter.text("cloud"));
            presenter.screenshotFullPage("workshop-presenter-1366");
            AccessibilityIT.assertAccessible(presenter, "workshop presenter");

            presenter.click("controls:next");
            for (Browser phone : List.of(anna, bram, carla)) {
                phone.awaitText("De effectenkaart");
            }
            place(anna, "Minder eenzaam", "OUTCOME", "Deelnemers");
            place(bram, "Mantelzorgers houden het vol", "OUTCOME", "Familie en mantelzorgers");
            place(carla, "Koffieochtend", "AANPAK", "Dorp of wijk");
            bram.screenshotFullPage("workshop-canvas-360");
            presenter.awaitText("Geantwoord: 3 van 3 deelnemers");
            assertTrue(presenter.text("canvas").contains("Minder eenzaam"), presenter.text("canvas"));

            presenter.click("handling:toggle");
            pick(presenter, "Minder eenzaam");
            pick(presenter, "Mantelzorgers houden het vol");
            presenter.screenshotFullPage("workshop-handling-1366");
            AccessibilityIT.assertAccessible(presenter, "workshop handling");

            presenter.click("transfer");
            presenter.awaitPath("/app/workshop/transfer.xhtml");
            String review = presenter.text("transfer");
            assertTrue(review.contains("Minder eenzaam") && review.contains("Mantelzorgers houden het vol"), review);
            assertTrue(!review.contains("Koffieochtend"), "only picked answers: " + review);
            presenter.screenshotFullPage("workshop-transfer-1366");
            AccessibilityIT.assertAccessible(presenter, "workshop transfer");
            presenter.click("transfer:apply");
            presenter.awaitText("2 antwoorden zijn overgenomen bij " + initiative.name());
            assertEquals(
                    2,
                    Fixtures.inTenant(
                            initiative.id(),
                            "select count(*) from toc_element where level = 'OUTCOME' and title in (?, ?)",
                            "Minder eenzaam",
                            "Mantelzorgers houden het vol"));

            presenter.open("/app/workshop/sessions.xhtml");
            presenter.awaitText(title);

            // the exercise editor, as an advisor opens it from the library
            presenter.open("/app/workshop/exercise.xhtml");
            presenter.awaitText("Nieuwe oefening");
            presenter.screenshotFullPage("workshop-exercise-1366");
            AccessibilityIT.assertAccessible(presenter, "exercise editor");
        }

        try (Browser phone = Browser.phone()) {
            phone.logIn(advisor.email(), Fixtures.PASSWORD).open("/app/workshop/sessions.xhtml");
            phone.awaitText(title);
            assertTrue(phone.fitsTheScreen(), phone.widths().toString());
            phone.screenshotFullPage("workshops-360");
            phone.open("/app/workshop/exercise.xhtml");
            phone.awaitText("Nieuwe oefening");
            assertTrue(phone.fitsTheScreen(), phone.widths().toString());
            phone.screenshotFullPage("workshop-exercise-360");
        }
    }

    private static String focused(Browser browser) {
        return browser.driver().switchTo().activeElement().getAttribute("id");
    }

    /** Writes one note on the effect map in a column and row, and sends it. */
    private static void place(Browser phone, String note, String column, String row) {
        phone.type("answer:notesList:0:noteText", note);
        new Select(phone.element("answer:notesList:0:noteColumn")).selectByVisibleText(column);
        new Select(phone.element("answer:notesList:0:noteRow")).selectByVisibleText(row);
        phone.click("answer:save");
        phone.awaitText("Uw antwoord is ontvangen");
    }

    /** Presses "Kiezen" on the row of the handling table that holds {@code text}. */
    private static void pick(Browser presenter, String text) {
        presenter.awaitQuiet();
        presenter
                .driver()
                .findElement(
                        By.xpath("//table[@id='handlingTable']//tr[.//span[@class='item-text' and normalize-space(.)='"
                                + text + "']]//button[contains(@id,':pick')]"))
                .click();
        presenter.awaitQuiet();
        presenter.awaitTrue(() -> presenter
                .driver()
                .findElement(
                        By.xpath("//table[@id='handlingTable']//tr[.//span[@class='item-text' and normalize-space(.)='"
                                + text + "']]"))
                .getText()
                .contains("gekozen"));
    }
}
