package nl.cmostamm.portal.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the portal's few e-mails (invitations, password resets, the advisors' morning alerts) through the SMTP server of
 * {@code PORTAL_MAIL_HOST}. Without a host nothing is sent and the caller shows the link instead;
 * a failing server is logged, never shown to the user as an error, because the link on screen
 * still works.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = PortalConfig.MAIL_HOST)
    Optional<String> host;

    @Inject
    @ConfigProperty(name = PortalConfig.MAIL_PORT, defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = PortalConfig.MAIL_USER)
    Optional<String> user;

    @Inject
    @ConfigProperty(name = PortalConfig.MAIL_PASSWORD)
    Optional<String> password;

    @Inject
    @ConfigProperty(name = PortalConfig.MAIL_FROM, defaultValue = "portal@localhost")
    String from;

    @Inject
    @ConfigProperty(name = PortalConfig.MAIL_STARTTLS, defaultValue = "true")
    boolean startTls;

    @Inject
    @ConfigProperty(name = PortalConfig.BASE_URL, defaultValue = "http://localhost:8080")
    String baseUrl;

    public boolean isConfigured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** The absolute link to the page where a one-time token sets a password. */
    public String passwordLink(String token) {
        return baseUrl.replaceAll("/+$", "") + "/set-password.xhtml?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    /** The absolute link to a page of the portal, such as {@code /app/portfolio/portfolio.xhtml}. */
    public String link(String path) {
        return baseUrl.replaceAll("/+$", "") + path;
    }

    /** A plain-text e-mail composed by its caller (the morning's alerts); false when none was sent. */
    public boolean sendText(String to, String subject, String body) {
        if (!isConfigured()) {
            return false;
        }
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            Transport.send(message);
            return true;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Sending an e-mail failed: {0}", e.getMessage());
            return false;
        }
    }

    public boolean sendInvitation(String to, String name, String initiative, String token) {
        return send(to, "invitation", name, initiative, passwordLink(token));
    }

    public boolean sendPasswordReset(String to, String name, String token) {
        return send(to, "reset", name, "", passwordLink(token));
    }

    private boolean send(String to, String kind, Object... arguments) {
        if (!isConfigured()) {
            return false;
        }
        ResourceBundle text = ResourceBundle.getBundle("nl.cmostamm.portal.shared.mail", Locale.forLanguageTag("nl"));
        try {
            MimeMessage message = new MimeMessage(session());
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(text.getString(kind + ".subject"), "UTF-8");
            message.setText(MessageFormat.format(text.getString(kind + ".body"), arguments), "UTF-8");
            Transport.send(message);
            return true;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Sending a {0} e-mail failed: {1}", new Object[] {kind, e.getMessage()});
            return false;
        }
    }

    private Session session() {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.orElseThrow());
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        if (user.filter(u -> !u.isBlank()).isPresent()) {
            properties.put("mail.smtp.auth", "true");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(user.get(), password.orElse(""));
                }
            });
        }
        return Session.getInstance(properties);
    }
}
