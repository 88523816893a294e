package nl.cmostamm.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.cmostamm.portal.testing.Browser;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The knowledge centre's administration in a browser: an admin adds an advisor, assigns them to an
 * initiative, and later revokes their access; a board member on two boards switches between them.
 */
class AdministrationJourneyIT {

    @Test
    void anAdminAddsAnAdvisorAssignsThemAndRevokesTheirAccess() {
        Initiative initiative = Fixtures.initiative("Dorpshuis Portefeuille " + Fixtures.unique("p"), "Midden-Drenthe");
        Person admin = Fixtures.account("Beheerder Kenniscentrum", true, false);
        String advisorEmail = Fixtures.unique("adviseur").toLowerCase() + "@test.local";
        String advisorName = "Nieuwe Adviseur " + Fixtures.unique("n");

        String link;
        try (Browser browser = new Browser()) {
            browser.logIn(admin.email(), Fixtures.PASSWORD);
            browser.click("menu:advisors");
            browser.type("advisor:displayName", advisorName);
            browser.type("advisor:email", advisorEmail);
            browser.click("advisor:submit");
            link = browser.element("advisor:invitationLink").getAttribute("value");
            assertTrue(browser.text("staff:list").contains(advisorName));

            browser.open("/app/enter.xhtml?initiative=" + initiative.slug());
            browser.click("navAdvisors");
            browser.click("assign:advisor");
            browser.click(optionId(browser, advisorName));
            browser.click("assign:submit");
            assertTrue(browser.text("assignments:list").contains(advisorName));
        }

        try (Browser advisor = new Browser()) {
            advisor.choosePassword(link, "adviseren in drenthe");
            advisor.awaitText("Uw wachtwoord is opgeslagen");
            advisor.logIn(advisorEmail, "adviseren in drenthe");
            assertEquals("/app/portfolio/portfolio.xhtml", advisor.path());
            assertTrue(advisor.text("portfolio:initiatives").contains(initiative.name()));
        }

        try (Browser browser = new Browser()) {
            browser.logIn(admin.email(), Fixtures.PASSWORD).open("/app/admin/advisors.xhtml");
            WebElement row = browser.driver().findElements(By.cssSelector("#staff\\:list tbody tr")).stream()
                    .filter(r -> r.getText().contains(advisorName))
                    .findFirst()
                    .orElseThrow();
            row.findElement(By.cssSelector("button[id$=':deactivate']")).click();
            browser.awaitQuiet();
            browser.awaitText("De toegang van de adviseur is ingetrokken.");
        }

        try (Browser advisor = new Browser()) {
            advisor.logIn(advisorEmail, "adviseren in drenthe");
            assertEquals("/login.xhtml", advisor.path(), "no access any more");
            assertTrue(advisor.pageText().contains("Inloggen is niet gelukt"));
        }
    }

    @Test
    void anAdminCleansUpNowAndRemovesAnInitiativeThatLeavesAfterTypingItsNameAndConfirming() throws Exception {
        Person admin = Fixtures.account("Beheerder Onderhoud " + Fixtures.unique("o"), true, false);
        Initiative leaving = Fixtures.initiative("Dorpshuis Vertrek " + Fixtures.unique("v"), "Tynaarlo");
        String choice = leaving.name() + " (" + leaving.slug() + ")";

        try (Browser phone = Browser.phone()) {
            phone.logIn(admin.email(), Fixtures.PASSWORD).open("/app/admin/maintenance.xhtml");
            assertTrue(phone.fitsTheScreen(), String.valueOf(phone.widths()));
            phone.screenshotFullPage("maintenance-360");
            phone.open("/app/admin/leave.xhtml");
            phone.choose("pick:initiative", choice);
            phone.click("pick:show");
            phone.awaitText("Wat er van " + leaving.name() + " is opgeslagen");
            assertTrue(phone.fitsTheScreen(), String.valueOf(phone.widths()));
            phone.screenshotFullPage("leave-360");
        }
        try (Browser browser = Browser.desktop()) {
            browser.logIn(admin.email(), Fixtures.PASSWORD);
            browser.click("menu:maintenance");
            assertEquals(
                    "Onderhoud en bewaartermijnen",
                    browser.element("main").findElement(By.tagName("h1")).getText());
            assertTrue(browser.text("periods").contains("Uitnodigings- en wachtwoordlinks"));
            assertTrue(browser.text("periods").contains("90 dagen"), "the workshop answers' default period");

            browser.click("runs:runNow");
            browser.awaitText("De opruimronde is klaar.");
            assertEquals(
                    "runs:runNow", browser.script("return document.activeElement.id"), "focus stays on the button");
            WebElement newest = browser.driver().findElement(By.cssSelector("#runs\\:list tbody tr"));
            assertTrue(newest.getText().contains("Klaar"), newest.getText());
            assertTrue(newest.getText().contains(admin.name()), "the admin who asked: " + newest.getText());
            assertTrue(newest.getText().contains("workshopsessie"), newest.getText());
            assertTrue(browser.fitsTheScreen());
            browser.screenshotFullPage("maintenance-1366");

            browser.open("/app/admin/leave.xhtml");
            browser.choose("pick:initiative", choice);
            browser.click("pick:show");
            browser.awaitText("Wat er van " + leaving.name() + " is opgeslagen");
            assertTrue(browser.fitsTheScreen());
            browser.screenshotFullPage("leave-1366");

            // nothing typed and no export made: both refusals at once, and no "are you sure?" yet
            browser.click("purge:remove");
            browser.awaitText("Typ de naam van het initiatief om het verwijderen te bevestigen.");
            assertTrue(browser.pageText().contains("Er is nog geen volledige export gemaakt."), browser.pageText());
            assertFalse(browser.element("purge:purgeConfirm").isDisplayed(), "not asked before the checks pass");

            // the override, and the name typed back: now the question, "Nee" first
            browser.click("purge:withoutExport");
            browser.type("purge:typedName", leaving.name());
            browser.click("purge:remove");
            browser.awaitTrue(() -> browser.element("purge:purgeConfirm").isDisplayed());
            browser.click("purge:yes");
            browser.awaitText("is verwijderd");
            assertTrue(browser.text("history:purges").contains(leaving.name()), "on the list of removed initiatives");
        }
        assertEquals(
                0L,
                Fixtures.inTenant(leaving.id(), "select count(*) from initiative where id = ?", leaving.id()),
                "the initiative's row is gone");
    }

    @Test
    void aMemberOfTwoBoardsChoosesAndSwitchesBetweenThem() {
        Initiative first = Fixtures.initiative("Dorpshuis Eerste " + Fixtures.unique("e"), "Tynaarlo");
        Initiative second = Fixtures.initiative("Dorpshuis Tweede " + Fixtures.unique("t"), "Tynaarlo");
        Person member = Fixtures.boardMember(first, "BOARD_MEMBER");
        Fixtures.inTenant(
                second.id(),
                "insert into board_membership (initiative_id, account_id, role) values (?, ?, 'BOARD_ADMIN')",
                second.id(),
                member.id());

        try (Browser browser = new Browser()) {
            browser.logIn(member.email(), Fixtures.PASSWORD);
            assertEquals("/app/portfolio/portfolio.xhtml", browser.path(), "two boards: the list comes first");
            String listed = browser.text("portfolio:initiatives");
            assertTrue(listed.contains(first.name()) && listed.contains(second.name()), listed);
            assertFalse(browser.has("newInitiative"), "board members do not create initiatives");

            browser.driver().findElement(By.linkText(first.name())).click();
            browser.awaitQuiet();
            assertEquals(first.name(), browser.text("initiativeName"));
            assertFalse(browser.has("editProfile"), "a board member does not edit the profile");

            browser.click("menu:boards");
            browser.driver().findElement(By.linkText(second.name())).click();
            browser.awaitTrue(() -> second.name()
                    .equals(browser.script(
                            "var h = document.getElementById('initiativeName'); return h && h.textContent;")));
            assertTrue(browser.has("editProfile"), "on the second board they are board admin");
        }
    }

    /** The id of the select-menu option with this label (PrimeFaces renders options as list items). */
    private static String optionId(Browser browser, String label) {
        return browser.driver().findElements(By.cssSelector("#assign\\:advisor_items li")).stream()
                .filter(li -> li.getText().equals(label))
                .findFirst()
                .orElseThrow()
                .getAttribute("id");
    }
}
