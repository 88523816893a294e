package nl.cmostamm.portal.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on loopback that the black-box Payara Micro sends its mail to.
 */
public final class TestMail {

    public static final int SMTP_PORT = 13025;
    private static GreenMail greenMail;

    private TestMail() {}

    static synchronized Map<String, String> environment() {
        if (greenMail == null) {
            greenMail = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            greenMail.start();
        }
        return Map.of(
                "PORTAL_MAIL_HOST", "127.0.0.1",
                "PORTAL_MAIL_PORT", String.valueOf(SMTP_PORT),
                "PORTAL_MAIL_STARTTLS", "false",
                "PORTAL_MAIL_FROM", "portal@test.local");
    }

    /** Waits (by GreenMail's own blocking wait, not a sleep) until {@code count} mails arrived in total. */
    public static synchronized List<MimeMessage> awaitMessages(int count) {
        if (!greenMail.waitForIncomingEmail(15_000, count)) {
            throw new AssertionError("Expected " + count + " e-mails, got " + greenMail.getReceivedMessages().length);
        }
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    public static synchronized List<MimeMessage> messagesTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(r -> r.toString().equalsIgnoreCase(address));
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .toList();
    }

    public static synchronized int received() {
        return greenMail.getReceivedMessages().length;
    }

    static synchronized void stop() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
    }
}
