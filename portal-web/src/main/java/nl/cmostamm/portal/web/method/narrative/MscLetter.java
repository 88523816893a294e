package nl.cmostamm.portal.web.method.narrative;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import nl.cmostamm.portal.method.narrative.FeedbackLetter;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.web.shared.PdfDocuments;

/**
 * The letter that tells a teller what became of their story: thanks, the question of the round,
 * the domain, and each panel that chose it with its reason, or that it was read and discussed.
 * One A4 page to print and hand over; every typed text is escaped.
 */
final class MscLetter {

    private MscLetter() {}

    /** {@code text} gives the bundle text of a key in the reader's language. */
    static byte[] pdf(FeedbackLetter letter, Locale locale, Function<String, String> text) {
        StringBuilder body = new StringBuilder();
        body.append("<p class=\"from\">").append(x(letter.initiative())).append("</p>");
        String today = LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM uuuu", locale));
        body.append("<p class=\"date\">")
                .append(x(letter.place() == null ? today : letter.place() + ", " + today))
                .append("</p>");
        body.append("<h1>").append(x(text.apply("msc.letter.heading"))).append("</h1>");
        body.append("<p>")
                .append(x(
                        letter.pseudonym() == null
                                ? text.apply("msc.letter.dear")
                                : format(text.apply("msc.letter.dearNamed"), locale, letter.pseudonym())))
                .append("</p>");
        body.append("<p>")
                .append(x(format(
                        text.apply("msc.letter.thanks"),
                        locale,
                        letter.storyTitle(),
                        letter.round().getTitle())))
                .append("</p>");
        body.append("<p class=\"question\">")
                .append(x(letter.round().getQuestion()))
                .append("</p>");
        body.append("<p>")
                .append(x(format(text.apply("msc.letter.domain"), locale, letter.domain())))
                .append("</p>");
        if (letter.isChosen()) {
            body.append("<p>").append(x(text.apply("msc.letter.chosen"))).append("</p>");
            for (FeedbackLetter.Choice choice : letter.choices()) {
                body.append("<div class=\"choice\"><p class=\"panel\">")
                        .append(x(format(
                                text.apply("msc.letter.panel"),
                                locale,
                                choice.panel(),
                                choice.heldOn().format(Input.DUTCH_DATE))))
                        .append("</p><p>")
                        .append(x(choice.reason()))
                        .append("</p></div>");
            }
        } else if (!letter.round().isClosed()) {
            body.append("<p>").append(x(text.apply("msc.letter.notYet"))).append("</p>");
        } else {
            body.append("<p>").append(x(text.apply("msc.letter.notChosen"))).append("</p>");
        }
        body.append("<p>").append(x(text.apply("msc.letter.closing"))).append("</p>");
        body.append("<p class=\"signature\">").append(x(letter.initiative())).append("</p>");
        String title = text.apply("msc.letter.heading") + " – " + letter.storyTitle();
        return PdfDocuments.render("""
                <html lang="%s"><head><meta charset="UTF-8"/><title>%s</title>
                <style>
                  @page { size: A4; margin: 25mm 22mm; }
                  body { font-family: sans-serif; font-size: 11pt; color: #1f2933; line-height: 1.45; }
                  .from { color: #4a5560; margin-bottom: 2mm; }
                  .date { text-align: right; margin-bottom: 14mm; }
                  h1 { font-size: 16pt; color: #1d4f91; margin: 0 0 8mm 0; }
                  .question { font-style: italic; border-left: 3pt solid #1d4f91; padding-left: 6pt; }
                  .choice { margin: 4mm 0; padding: 3mm 4mm; background: #eef0f3; }
                  .panel { font-weight: bold; margin: 0 0 2pt 0; }
                  .signature { margin-top: 12mm; }
                </style></head><body>
                %s
                </body></html>
                """.formatted(locale.getLanguage(), x(title), body));
    }

    private static String format(String pattern, Locale locale, Object... arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }

    private static String x(String value) {
        return PdfDocuments.xml(value);
    }
}
