package nl.cmostamm.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import nl.cmostamm.portal.testing.Browser;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A person's request as the knowledge centre's admin handles it, on a 360 px phone and with the
 * keyboard's controls: the reference and name, the candidates per initiative (two namesakes), one
 * ticked, the identity confirmed, the erasure's confirmation naming what will happen with counts,
 * and the request in the list afterwards, the namesake untouched.
 */
class PersonDataJourneyIT {

    @Test
    void anAdminFindsANameInTwoInitiativesAndErasesTheOneThatIsThePerson() throws IOException {
        Initiative a = Fixtures.initiative("Dorpsloket Wissen " + Fixtures.unique("a"), "Eemsdelta");
        Initiative b = Fixtures.initiative("Dorpshuis Naamgenoot " + Fixtures.unique("b"), "Midden-Groningen");
        String name = "Hilje Vrijwilliger " + Fixtures.unique("h");
        long mine = Fixtures.volunteer(a, name, Fixtures.helpCategory(a, "Vervoer " + Fixtures.unique("c")));
        Fixtures.volunteer(b, name, Fixtures.helpCategory(b, "Vervoer " + Fixtures.unique("c")));
        Person admin = Fixtures.account("Beheerder Persoonsgegevens", true, false);

        try (Browser phone = Browser.phone()) {
            phone.logIn(admin.email(), Fixtures.PASSWORD).open("/app/admin/person-data.xhtml");
            assertFits(phone, "the empty request");
            phone.type("request:reference", "AVG-JOURNEY-A").type("request:name", name);
            phone.click("request:search");
            phone.awaitText("Gevonden gegevens");
            assertTrue(phone.pageText().contains(a.name()), phone.pageText());
            assertTrue(phone.pageText().contains(b.name()), "the namesake's initiative is listed too");
            assertFits(phone, "the candidates");
            AccessibilityIT.assertAccessible(phone, "the candidates on a phone");
            phone.screenshotFullPage("person-data-candidates-360");

            // only the volunteer in A is this person
            tickBox(phone, "//fieldset[legend[contains(., '" + a.name() + "')]]");
            tickBox(
                    phone,
                    "//input[@id='actions:identityChecked_input']/ancestor::div[contains(@class,'ui-chkbox')][1]");
            phone.click("actions:planErasure");
            phone.awaitText("Gegevens definitief wissen?");
            assertTrue(phone.text("plan").contains("Vrijwilliger: 1"), phone.text("plan"));
            assertTrue(phone.text("plan").contains("de uren blijven meetellen"));
            assertFits(phone, "the confirmation");
            phone.screenshotFullPage("person-data-confirm-360");
            phone.click("eraseForm:confirm");
            phone.awaitText("Eén gegeven gewist.");
            assertTrue(phone.pageText().contains("Resultaat van het wissen"));
            assertTrue(phone.text("requests:list").contains("Wissen"), phone.text("requests:list"));
            assertTrue(phone.text("requests:list").contains("AVG-JOURNEY-A"));
            assertTrue(phone.text("requests:list").contains("Inzage"), "the search was recorded too");
            assertFits(phone, "the result");
        }

        assertEquals(
                0, Fixtures.inTenant(a.id(), "select count(*) from volunteer where id = ? and name = ?", mine, name));
        assertEquals(
                1,
                Fixtures.inTenant(b.id(), "select count(*) from volunteer where name = ?", name),
                "the namesake in B was not ticked and stays");
    }

    @Test
    void nothingIsExportedOrErasedWithoutTheIdentityConfirmed() {
        Initiative a = Fixtures.initiative("Dorpsloket Identiteit " + Fixtures.unique("a"), "Eemsdelta");
        String name = "Berend Vrijwilliger " + Fixtures.unique("h");
        Fixtures.volunteer(a, name, Fixtures.helpCategory(a, "Vervoer " + Fixtures.unique("c")));
        Person admin = Fixtures.account("Beheerder Identiteit", true, false);

        try (Browser browser = new Browser()) {
            browser.logIn(admin.email(), Fixtures.PASSWORD).open("/app/admin/person-data.xhtml");
            browser.type("request:reference", "AVG-JOURNEY-B").type("request:name", name);
            browser.click("request:search");
            browser.awaitText("Gevonden gegevens");
            tickBox(browser, "//fieldset[legend[contains(., '" + a.name() + "')]]");
            browser.click("actions:planErasure");
            browser.awaitText("Bevestig eerst dat u de identiteit van de aanvrager hebt gecontroleerd.");
            assertTrue(!browser.element("eraseDialog").isDisplayed(), "the confirmation does not open without it");
        }
        assertEquals(1, Fixtures.inTenant(a.id(), "select count(*) from volunteer where name = ?", name));
    }

    /** Ticks the first PrimeFaces checkbox inside the element {@code xpath} finds, by its box. */
    private static void tickBox(Browser browser, String xpath) {
        browser.awaitQuiet();
        browser.driver()
                .findElement(By.xpath(xpath + "//div[contains(@class,'ui-chkbox-box')]"))
                .click();
        browser.awaitQuiet();
    }

    private static void assertFits(Browser browser, String what) {
        assertTrue(browser.fitsTheScreen(), what + " is wider than the screen: " + browser.widths());
    }
}
