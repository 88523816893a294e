package nl.cmostamm.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.cmostamm.portal.testing.Browser;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An advisor with a large portfolio finds initiatives by text, municipality and province, pages
 * through them, and is told in Dutch, next to the field, when a new initiative's short name is taken.
 */
class PortfolioJourneyIT {

    @Test
    void anAdvisorFiltersPagesAndSortsTheirPortfolio() {
        String run = Fixtures.unique("pf");
        Initiative[] initiatives = new Initiative[25];
        for (int i = 0; i < initiatives.length; i++) {
            initiatives[i] =
                    Fixtures.initiative(String.format("Portefeuille %s %02d", run, i), i % 2 == 0 ? "Assen" : "Emmen");
        }
        Initiative outside = Fixtures.initiative("Niet van mij " + run, "Assen");
        Person advisor = Fixtures.advisorOf(initiatives);

        try (Browser browser = new Browser()) {
            browser.logIn(advisor.email(), Fixtures.PASSWORD);
            assertEquals(20, rows(browser).size(), "twenty to a page");
            assertTrue(browser.pageText().contains("Portefeuille " + run + " 00"));
            assertFalse(browser.pageText().contains(outside.name()));

            browser.driver()
                    .findElement(By.cssSelector("#portfolio\\:initiatives_paginator_bottom a[aria-label*='2'], "
                            + "#portfolio\\:initiatives_paginator_bottom .ui-paginator-page:nth-of-type(2)"))
                    .click();
            browser.awaitQuiet();
            assertEquals(5, rows(browser).size(), "the last five on page two");

            browser.type("portfolio:text", run + " 1");
            browser.awaitTrue(() -> rows(browser).size() == 10);
            browser.awaitText(String.format("Portefeuille %s %02d", run, 19));
            List<String> names = rows(browser).stream()
                    .map(r -> r.findElement(By.tagName("a")).getText())
                    .toList();
            assertEquals(10, names.size(), names.toString());
            assertTrue(names.stream().allMatch(n -> n.startsWith("Portefeuille " + run + " 1")), names.toString());

            browser.click("portfolio:municipality");
            browser.driver().findElements(By.cssSelector("#portfolio\\:municipality_items li")).stream()
                    .filter(li -> li.getText().equals("Emmen"))
                    .findFirst()
                    .orElseThrow()
                    .click();
            browser.awaitQuiet();
            browser.awaitTrue(() -> rows(browser).size() == 5);
            names = rows(browser).stream()
                    .map(r -> r.findElement(By.tagName("a")).getText())
                    .toList();
            assertEquals(5, names.size(), "odd numbers from ten to nineteen are in Emmen: " + names);
        }
    }

    @Test
    void aTakenShortNameIsRefusedNextToTheFieldAndNothingIsCreated() {
        Initiative existing = Fixtures.initiative("Dorpshuis Bezet " + Fixtures.unique("z"), "Assen");
        Person advisor = Fixtures.advisorOf(existing);

        try (Browser browser = new Browser()) {
            browser.logIn(advisor.email(), Fixtures.PASSWORD).open("/app/portfolio/new-initiative.xhtml");
            browser.type("initiative:name", "Dubbel Dorpshuis");
            browser.type("initiative:slug", existing.slug());
            browser.type("initiative:municipality", "Assen");
            browser.click("initiative:save");

            assertEquals("/app/portfolio/new-initiative.xhtml", browser.path());
            assertTrue(browser.pageText().contains("Deze korte naam is al in gebruik"), browser.pageText());
            assertEquals("true", browser.element("initiative:slug").getAttribute("aria-invalid"));
            assertEquals(
                    existing.slug(),
                    browser.element("initiative:slug").getAttribute("value"),
                    "the refused name stays in the field, as typed");

            browser.type("initiative:slug", "Geen Geldige Naam!");
            browser.click("initiative:save");
            assertTrue(browser.pageText().contains("Gebruik alleen kleine letters"), browser.pageText());
            assertEquals(
                    "Geen Geldige Naam!", browser.element("initiative:slug").getAttribute("value"));

            browser.open("/app/portfolio/portfolio.xhtml");
            assertFalse(browser.pageText().contains("Dubbel Dorpshuis"), "nothing was created");
        }
    }

    private static List<WebElement> rows(Browser browser) {
        return browser.driver().findElements(By.cssSelector("#portfolio\\:initiatives_data tr[data-ri]"));
    }
}
