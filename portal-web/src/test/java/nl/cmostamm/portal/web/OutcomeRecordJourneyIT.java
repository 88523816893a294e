package nl.cmostamm.portal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import nl.cmostamm.portal.testing.Browser;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import nl.cmostamm.portal.testing.PortalClient;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * "Wat bereiken we?" as a village house's board reads it: an initiative without a Theory of Change
 * sees its goals as the outcomes, the first with evidence of all four methods (a measured indicator
 * going the right way, an effect measurement, a story the board chose with its reason, an SROI
 * value with its range), the second with "no data yet" in every column. The board member follows
 * the indicator gap's link, adds an indicator, and sees it back on the record; when a teller
 * withdraws consent, the story is gone from the record at once. Another initiative's chosen story
 * never shows. Screenshots at 1366 and 360 px; axe-core on the page.
 */
class OutcomeRecordJourneyIT {

    @Test
    void theBoardReadsItsEvidencePerOutcomeAndFollowsAGapToFillIt() throws IOException {
        Initiative initiative = Fixtures.initiative("Dorpshuis Bewijs " + Fixtures.unique("o"), "Midden-Drenthe");
        Person chair = Fixtures.boardMember(initiative, "BOARD_ADMIN");
        long belonging = Fixtures.goal(initiative, "Erbij horen");
        long visitors = Fixtures.indicator(initiative, belonging, "Bezoekers dorpsdiner", 50);
        LocalDate month = LocalDate.now().withDayOfMonth(1);
        Fixtures.measurement(initiative, visitors, month.minusMonths(2), 30);
        Fixtures.measurement(initiative, visitors, month.minusMonths(1), 40);
        long empty = Fixtures.goal(initiative, "Meedoen in het dorp");

        // an effect measurement of the first goal over two waves of a survey
        long survey = Fixtures.survey(initiative, "Ervaring bezoekers");
        long before = Fixtures.waveOf(initiative, Fixtures.wave(initiative, survey, "Voorjaar", true));
        long after = Fixtures.waveOf(initiative, Fixtures.wave(initiative, survey, "Najaar", true));
        long effect = Fixtures.inTenant(
                initiative.id(),
                "insert into effect (initiative_id, title, goal_id) values (?, 'Meer mensen voelen zich thuis', ?) "
                        + "returning id",
                initiative.id(),
                belonging);
        Fixtures.inTenant(
                initiative.id(),
                "insert into effect_comparison (initiative_id, effect_id, before_wave_id, after_wave_id) "
                        + "values (?, ?, ?, ?)",
                initiative.id(),
                effect,
                before,
                after);

        // a story the panel chose in a domain that stands for the first goal
        long story = Fixtures.story(initiative, "Aan tafel bij de buren");
        long[] msc = Fixtures.mscRound(initiative, "Najaar", story);
        Fixtures.inTenant(initiative.id(), "update msc_domain set goal_id = ? where id = ?", belonging, msc[2]);

        // an SROI outcome evidenced by the first goal's indicator: 10 × € 500, nothing deducted
        long[] sroi = Fixtures.sroiAnalysis(initiative, "Prognose dorpsdiner", false);
        Fixtures.inTenant(
                initiative.id(),
                "update sroi_outcome set evidence = 'INDICATOR', indicator_id = ?, estimate_source = null where id = ?",
                visitors,
                sroi[1]);

        Initiative other = Fixtures.initiative("Dorpshuis Elders " + Fixtures.unique("e"), "Tynaarlo");
        long theirs = Fixtures.story(other, "Verhaal van elders");
        Fixtures.mscRound(other, "Hun ronde", theirs);

        try (Browser browser = Browser.desktop()) {
            browser.logIn(chair.email(), Fixtures.PASSWORD).open("/app/initiative/home.xhtml");
            browser.click("navOutcomes").awaitPath("/app/method/outcomes.xhtml");
            String page = browser.pageText();
            assertTrue(page.contains("Uw initiatief heeft nog geen verandertheorie"), page);

            String first = browser.driver()
                    .findElements(By.cssSelector(".outcome-row"))
                    .get(0)
                    .getText();
            assertTrue(first.startsWith("Erbij horen"), first);
            assertTrue(first.contains("4 van de 4 soorten bewijs aanwezig"), first);
            assertTrue(first.contains("Bezoekers dorpsdiner"), first);
            assertTrue(first.contains("40"), first);
            assertTrue(first.contains("(streefwaarde 50)"), first);
            assertTrue(first.contains("Meer dan halverwege"), "the light in words: " + first);
            assertTrue(first.contains("gestegen sinds de vorige meting, de goede kant op"), first);
            assertTrue(first.contains("Meer mensen voelen zich thuis"), first);
            assertTrue(first.contains("Te weinig antwoorden om iets te zeggen."), "no answers, no verdict: " + first);
            assertTrue(first.contains("Aan tafel bij de buren"), first);
            assertTrue(first.contains("Reden van het panel bij Najaar"), first);
            // 10 × € 500 in one year, discounted at 2,25 %: € 4.889,98
            assertTrue(first.contains("€ 4.889,98 (voorzichtig"), first);
            assertFalse(page.contains("Verhaal van elders"), "another initiative's story never shows");
            assertEquals(
                    1,
                    Fixtures.inTenant(
                            initiative.id(),
                            "select count(*) from audit_entry where action = 'READ' and subject_type = 'story' "
                                    + "and subject_id = ? and summary like '%wat bereiken we'",
                            story),
                    "showing a story with its panel's reason is a read of health data, audited by story");

            String second = browser.driver()
                    .findElements(By.cssSelector(".outcome-row"))
                    .get(1)
                    .getText();
            assertTrue(second.startsWith("Meedoen in het dorp"), second);
            assertTrue(second.contains("0 van de 4 soorten bewijs aanwezig"), second);
            assertEquals(4, second.split("Nog geen gegevens:", -1).length - 1, second);
            AccessibilityIT.assertAccessible(browser, "the outcome record");
            browser.screenshotFullPage("outcomes-1366");

            browser.driver()
                    .findElement(By.partialLinkText("voeg een indicator toe"))
                    .click();
            browser.awaitPath("/app/goal/edit-indicator.xhtml");
            assertTrue(
                    browser.driver().getCurrentUrl().endsWith("goal=" + empty),
                    browser.driver().getCurrentUrl());
            browser.type("indicator:name", "Nieuwe vrijwilligers").type("indicator:target", "5");
            browser.click("indicator:save").awaitPath("/app/goal/edit-goal.xhtml");
            browser.click("navOutcomes").awaitPath("/app/method/outcomes.xhtml");
            second = browser.driver()
                    .findElements(By.cssSelector(".outcome-row"))
                    .get(1)
                    .getText();
            assertTrue(second.contains("Nieuwe vrijwilligers nog niet gemeten"), second);

            Fixtures.inTenant(
                    initiative.id(), "update story_consent set withdrawn_on = current_date where story_id = ?", story);
            browser.open("/app/method/outcomes.xhtml");
            assertFalse(browser.pageText().contains("Aan tafel bij de buren"), "withdrawn: gone at once");
        }

        try (Browser phone = Browser.phone()) {
            phone.logIn(chair.email(), Fixtures.PASSWORD).open("/app/method/outcomes.xhtml");
            phone.screenshotFullPage("outcomes-360");
            assertTrue(phone.fitsTheScreen(), "nothing wider than a phone");
        }
    }

    /**
     * With a Theory of Change the rows are its outcomes: the indicator tied to the outcome, the
     * story chosen in a domain standing for it, and the links into and out of it with their
     * confidence and assumption; the goals are not rows then.
     */
    @Test
    void withATheoryOfChangeTheRowsAreItsOutcomesWithTheirLinks() {
        Initiative initiative = Fixtures.initiative("Buurtkamer Keten " + Fixtures.unique("k"), "Vlagtwedde");
        Person member = Fixtures.boardMember(initiative, "BOARD_MEMBER");
        long goal = Fixtures.goal(initiative, "Doel dat geen rij wordt");
        long lonely = Fixtures.indicator(initiative, goal, "Bezoekers die zich minder alleen voelen", 20);
        Fixtures.measurement(
                initiative, lonely, LocalDate.now().withDayOfMonth(1).minusMonths(1), 12);
        long output = Fixtures.tocElement(initiative, "OUTPUT", "Ouderen komen op de koffie");
        long outcome = Fixtures.tocElement(initiative, "OUTCOME", "Ouderen voelen zich minder alleen");
        long impact = Fixtures.tocElement(initiative, "IMPACT", "Een dorp waar niemand alleen is");
        Fixtures.inTenant(
                initiative.id(),
                "insert into toc_element_indicator (element_id, indicator_id) values (?, ?)",
                outcome,
                lonely);
        long in = Fixtures.tocLink(initiative, output, outcome, "Wie komt, praat met anderen");
        Fixtures.inTenant(initiative.id(), "update toc_link set confidence = 'HIGH' where id = ?", in);
        Fixtures.tocLink(initiative, outcome, impact, "Minder alleen houdt mensen langer thuis");
        long story = Fixtures.story(initiative, "Elke dinsdag een praatje");
        long[] msc = Fixtures.mscRound(initiative, "Voorjaar", story);
        Fixtures.inTenant(initiative.id(), "update msc_domain set toc_element_id = ? where id = ?", outcome, msc[2]);

        PortalClient client = PortalClient.loggedIn(member.email(), Fixtures.PASSWORD);
        Document page = PortalClient.page(client.get("/app/method/outcomes.xhtml"));

        assertEquals(1, page.select(".outcome-row").size(), "one outcome, and the goal is no row");
        String row = page.select(".outcome-row").text();
        assertTrue(row.startsWith("Ouderen voelen zich minder alleen"), row);
        assertTrue(row.contains("Bezoekers die zich minder alleen voelen"), row);
        assertTrue(row.contains("Elke dinsdag een praatje"), row);
        assertTrue(row.contains("Komt voort uit Ouderen komen op de koffie"), row);
        assertTrue(row.contains("zekerheid: Hoog"), row);
        assertTrue(row.contains("Leidt tot Een dorp waar niemand alleen is"), row);
        assertTrue(row.contains("Minder alleen houdt mensen langer thuis"), row);
        assertTrue(row.contains("2 van de 4 soorten bewijs aanwezig"), row);
        assertFalse(page.text().contains("Doel dat geen rij wordt"), page.text());
    }
}
