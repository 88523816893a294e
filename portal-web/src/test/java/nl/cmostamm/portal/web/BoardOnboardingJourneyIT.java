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

/**
 * The first evening of a new initiative, in a real browser: an advisor creates the initiative and
 * invites its chair; the chair gets the invitation by e-mail, chooses a password and lands in the
 * initiative's own space.
 */
class BoardOnboardingJourneyIT {

    @Test
    void anAdvisorCreatesAnInitiativeAndItsChairJoinsThroughTheInvitation() throws Exception {
        Initiative existing = Fixtures.initiative("Dorpshuis Bestaand " + Fixtures.unique("b"), "Midden-Drenthe");
        Person advisor = Fixtures.advisorOf(existing);
        String slug = Fixtures.unique("groeihuis").toLowerCase();
        String chairEmail = Fixtures.unique("voorzitter").toLowerCase() + "@test.local";

        String invitationLink;
        try (Browser browser = new Browser()) {
            browser.logIn(advisor.email(), Fixtures.PASSWORD);
            assertEquals("/app/portfolio/portfolio.xhtml", browser.path());
            assertTrue(browser.pageText().contains(existing.name()));

            browser.click("newInitiative");
            browser.type("initiative:name", "GroeiHuis Proefdorp");
            browser.type("initiative:slug", slug);
            browser.type("initiative:municipality", "Aa en Hunze");
            browser.type("initiative:mission", "Een nieuwe ontmoetingsplek voor jong en oud.");
            browser.click("initiative:save");

            browser.awaitPath("/app/initiative/home.xhtml");
            assertEquals("GroeiHuis Proefdorp", browser.text("initiativeName"));
            assertTrue(browser.text("themes").contains("Sociale cohesie"), "starts with the five default themes");
            assertTrue(browser.text("advisors").contains(advisor.name()), "the creating advisor is assigned");

            browser.click("navMembers");
            browser.type("invite:displayName", "Voorzitter Proefdorp");
            browser.type("invite:email", chairEmail);
            browser.click("invite:submit");
            invitationLink = browser.element("invite:invitationLink").getAttribute("value");
            assertTrue(invitationLink.contains("/set-password.xhtml?token="), invitationLink);
            assertTrue(browser.text("members:board").contains("Uitgenodigd"));
        }

        List<MimeMessage> mails = TestMail.messagesTo(chairEmail);
        assertEquals(1, mails.size(), "one invitation e-mail through the SMTP server");
        assertTrue(
                String.valueOf(mails.get(0).getContent()).contains(invitationLink), "the mail carries the same link");

        try (Browser chair = new Browser()) {
            chair.choosePassword(invitationLink, "te kort");
            assertTrue(chair.pageText().contains("minstens 12 tekens"), "a Dutch message for a short password");

            chair.type("password:password", "ons dorp heeft een groeihuis");
            chair.type("password:repeat", "ons dorp heeft een groeihuis");
            chair.click("password:submit");
            chair.awaitText("Uw wachtwoord is opgeslagen");

            chair.logIn(chairEmail, "ons dorp heeft een groeihuis");
            assertEquals("/app/initiative/home.xhtml", chair.path(), "a member of one board lands in it");
            assertEquals("GroeiHuis Proefdorp", chair.text("initiativeName"));

            chair.open("/set-password.xhtml?token=" + invitationLink.substring(invitationLink.indexOf("token=") + 6));
            assertTrue(chair.pageText().contains("Deze link werkt niet (meer)"), "the link works only once");
            assertFalse(chair.has("password:password"));
        }
    }
}
