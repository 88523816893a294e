package nl.cmostamm.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.util.List;
import nl.cmostamm.portal.testing.Browser;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import nl.cmostamm.portal.testing.TestMail;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The morning's alerts end to end, through a real SMTP server: an advisor switches the e-mail off
 * on her profile; an admin starts the run on the maintenance page; each advisor who wants it gets
 * the new alerts of their own portfolio only, and the run is on record.
 */
class MorningAlertsJourneyIT {

    @Test
    void eachAdvisorIsMailedTheNewAlertsOfTheirOwnPortfolioUnlessTheySwitchedItOff() throws Exception {
        Initiative ours = Fixtures.initiative("Dorpsloket Ochtend " + Fixtures.unique("o"), "Midden-Groningen");
        Initiative theirs = Fixtures.initiative("Buurthuis Elders " + Fixtures.unique("e"), "Assen");
        String ourIndicator = "Bezoekers inloop " + Fixtures.unique("i");
        String theirIndicator = "Geheime teller " + Fixtures.unique("g");
        Fixtures.indicator(ours, Fixtures.goal(ours, "Minder eenzaam"), ourIndicator, 20);
        Fixtures.indicator(theirs, Fixtures.goal(theirs, "Meer bewegen"), theirIndicator, 20);
        Person advisor = Fixtures.advisorOf(ours);
        Person quiet = Fixtures.advisorOf(ours);
        Person other = Fixtures.advisorOf(theirs);
        Person admin = Fixtures.account("Beheerder Signalen " + Fixtures.unique("s"), true, false);

        try (Browser phone = Browser.phone()) {
            phone.logIn(quiet.email(), Fixtures.PASSWORD).open("/app/account/profile.xhtml");
            assertTrue(phone.pageText().contains("Signalen per e-mail"));
            WebElement box = phone.element("alerts:digest_input");
            assertTrue(box.isSelected(), "on by default for advisors");
            phone.driver()
                    .findElement(By.cssSelector("#alerts\\:digest .ui-chkbox-box"))
                    .click();
            phone.awaitText("Opgeslagen: u krijgt geen e-mail met signalen meer.");
            assertTrue(phone.text("alerts:digestNote").contains("geen e-mail"), "said beside the box, not at the top");
            assertTrue(phone.fitsTheScreen(), String.valueOf(phone.widths()));
            AccessibilityIT.assertAccessible(phone, "the profile with the alerts e-mail");
            phone.screenshotFullPage("profile-alerts-360");
            phone.open("/app/account/profile.xhtml");
            assertFalse(phone.element("alerts:digest_input").isSelected(), "the choice is kept");
        }

        try (Browser browser = Browser.desktop()) {
            browser.logIn(admin.email(), Fixtures.PASSWORD).open("/app/admin/maintenance.xhtml");
            browser.click("runs:alertsNow");
            browser.awaitText("De signalen zijn bijgewerkt; wat er gemaild is");
            assertEquals(
                    "runs:alertsNow", browser.script("return document.activeElement.id"), "focus stays on the button");
            WebElement newest = browser.driver().findElement(By.cssSelector("#runs\\:list tbody tr"));
            assertTrue(newest.getText().contains("Signalen en e-mail"), newest.getText());
            assertTrue(newest.getText().contains("Klaar"), newest.getText());
            assertTrue(newest.getText().contains("initiatieven bijgewerkt"), newest.getText());
            assertTrue(newest.getText().contains(admin.name()), "the admin who asked: " + newest.getText());
            assertTrue(browser.fitsTheScreen(), String.valueOf(browser.widths()));
            browser.screenshotFullPage("maintenance-alerts-1366");

            // the mails were handed to the SMTP server before the page said the run was done
            List<MimeMessage> ourMail = TestMail.messagesTo(advisor.email());
            assertEquals(1, ourMail.size(), "one e-mail for the advisor");
            String body = String.valueOf(ourMail.get(0).getContent());
            assertTrue(
                    ourMail.get(0).getSubject().endsWith("in uw portfolio"),
                    ourMail.get(0).getSubject());
            assertTrue(body.contains("Beste " + advisor.name()), body);
            assertTrue(body.contains(ours.name()), body);
            assertTrue(body.contains("Indicator " + ourIndicator + " is nog nooit gemeten"), body);
            assertTrue(body.contains("/app/portfolio/portfolio.xhtml"), "a link to the dashboard: " + body);
            assertTrue(body.contains("/app/account/profile.xhtml"), "how to switch it off: " + body);
            assertFalse(body.contains(theirs.name()), "never another portfolio's initiative");
            assertFalse(body.contains(theirIndicator), "nor its alerts");

            // a new alert, and another run: only the new one is mailed, the first is not told again
            String laterIndicator = "Nieuwe teller " + Fixtures.unique("n");
            Fixtures.indicator(ours, Fixtures.goal(ours, "Meer vrijwilligers"), laterIndicator, 10);
            // the click returns once the page has its answer, and the run is done by then
            browser.click("runs:alertsNow");
            ourMail = TestMail.messagesTo(advisor.email());
            assertEquals(2, ourMail.size(), "a second e-mail for the new alert");
            String second = String.valueOf(ourMail.get(1).getContent());
            assertTrue(second.contains("Indicator " + laterIndicator + " is nog nooit gemeten"), second);
            assertFalse(second.contains(ourIndicator), "the first alert is not told again: " + second);
        }

        assertEquals(List.of(), TestMail.messagesTo(quiet.email()), "switched off: no e-mail");
        List<MimeMessage> theirMail = TestMail.messagesTo(other.email());
        assertEquals(1, theirMail.size());
        String theirBody = String.valueOf(theirMail.get(0).getContent());
        assertTrue(theirBody.contains(theirIndicator), theirBody);
        assertFalse(theirBody.contains(ours.name()), theirBody);
        assertEquals(List.of(), TestMail.messagesTo(admin.email()), "admins are not mailed for every initiative");
    }
}
