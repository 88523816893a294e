package nl.cmostamm.portal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.cmostamm.portal.testing.Fixtures;
import nl.cmostamm.portal.testing.Fixtures.Initiative;
import nl.cmostamm.portal.testing.Fixtures.Person;
import nl.cmostamm.portal.testing.PortalClient;
import nl.cmostamm.portal.testing.TestMail;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * "Forgot password" end to end over HTTP and a real SMTP server: the same answer whether or not the
 * address has an account, a mail only when it has one, and a link that sets a new password once.
 */
class ForgotPasswordIT {

    private static final Pattern LINK = Pattern.compile("/set-password\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Test
    void theAnswerIsTheSameForKnownAndUnknownAddressesButOnlyAnAccountGetsMail() throws Exception {
        Initiative initiative = Fixtures.initiative("Dorpsloket Vergeten " + Fixtures.unique("v"), "Eemsdelta");
        Person member = Fixtures.boardMember(initiative, "BOARD_MEMBER");

        String known = answer(member.email());
        int mailsBefore = TestMail.messagesTo("onbekend-" + member.email()).size();
        String unknown = answer("onbekend-" + member.email());

        assertTrue(known.contains("Als dit e-mailadres bij een account hoort"), known);
        assertEquals(known, unknown);
        assertEquals(
                mailsBefore, TestMail.messagesTo("onbekend-" + member.email()).size());

        List<MimeMessage> mails = awaitMailTo(member.email());
        assertEquals(1, mails.size());
        Matcher link = LINK.matcher(String.valueOf(mails.get(0).getContent()));
        assertTrue(link.find(), "the mail carries the link");
        String token = link.group(1);

        PortalClient client = new PortalClient();
        HttpResponse<String> saved = client.submit(
                "/set-password.xhtml?token=" + token,
                "password",
                Map.of(
                        "password:password",
                        "een nieuw lang wachtwoord",
                        "password:repeat",
                        "een nieuw lang wachtwoord"),
                "password:submit");
        assertTrue(saved.body().contains("Uw wachtwoord is opgeslagen"), saved.body());

        assertTrue(
                new PortalClient()
                        .login(member.email(), Fixtures.PASSWORD)
                        .body()
                        .contains("Inloggen is niet gelukt"),
                "the old password no longer works");
        assertTrue(PortalClient.loggedIn(member.email(), "een nieuw lang wachtwoord")
                .get("/app/initiative/home.xhtml")
                .body()
                .contains(initiative.name()));

        Document again = PortalClient.page(new PortalClient().get("/set-password.xhtml?token=" + token));
        assertTrue(again.text().contains("Deze link werkt niet (meer)"), "a used link is refused");
    }

    private static String answer(String email) {
        Document page = PortalClient.page(new PortalClient()
                .submit("/forgot-password.xhtml", "forgot", Map.of("forgot:email", email), "forgot:submit"));
        return page.select("#pageMessages").text();
    }

    /** GreenMail's blocking wait for the next mail, then the ones addressed to {@code address}. */
    private static List<MimeMessage> awaitMailTo(String address) {
        for (int total = TestMail.received(); TestMail.messagesTo(address).isEmpty(); total++) {
            TestMail.awaitMessages(total + 1);
        }
        return TestMail.messagesTo(address);
    }
}
