package nl.cmostamm.portal.portfolio;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The morning e-mail of one advisor, in their own language: how many alerts are new, each with its
 * initiative, a link to the dashboard, and how to switch the e-mail off. Plain text, so nothing an
 * initiative typed (a wave's or indicator's name) can become markup in a mail program.
 */
public record DigestMail(String subject, String body) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d-M-yyyy");

    public static DigestMail compose(
            AlertDigests.Recipient advisor, List<AlertDigests.Line> lines, String dashboard, String profile) {
        Locale locale = advisor.language().locale();
        ResourceBundle text = ResourceBundle.getBundle(
                "nl.cmostamm.portal.portfolio.digest",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        StringBuilder list = new StringBuilder();
        String initiative = null;
        for (AlertDigests.Line line : lines) {
            if (!line.initiative().equals(initiative)) {
                initiative = line.initiative();
                list.append('\n').append(initiative).append('\n');
            }
            String key = "alert." + line.kind().name() + (line.due() == null ? ".undated" : "");
            list.append("- ")
                    .append(new MessageFormat(text.getString(key), locale)
                            .format(new Object[] {line.subject(), line.due() == null ? "" : DATE.format(line.due())}))
                    .append('\n');
        }
        String subject = new MessageFormat(text.getString("subject"), locale).format(new Object[] {lines.size()});
        String body = new MessageFormat(text.getString("body"), locale)
                .format(new Object[] {advisor.name(), lines.size(), list.toString(), dashboard, profile});
        return new DigestMail(subject, body);
    }
}
