package nl.cmostamm.portal.web.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A small static HTML page for requests that must be refused before Faces sees them (a forged
 * form, a body too large, a view state where none belongs). Faces cannot render its own error page
 * for these: the forwarded request still carries what made it fail, and the error page would fail
 * too. Text from the {@code text} bundle in the visitor's language ({@link ActiveLocale#of}: Dutch
 * for a visitor the portal does not know yet); no script, and a policy that lets it load nothing.
 */
public final class PlainPage {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="%5$s"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%1$s – Inwonerskracht</title></head>
            <body><main><h1>%1$s</h1><p>%2$s</p><p><a href="%3$s/">%4$s</a></p></main></body></html>
            """;

    private PlainPage() {}

    /**
     * Answers with {@code status} and the page of bundle keys {@code plain.<name>.title} and
     * {@code plain.<name>.text}; the connection is closed when the request body was not read.
     */
    public static void send(HttpServletRequest request, HttpServletResponse response, int status, String name)
            throws IOException {
        Locale locale = ActiveLocale.of(request);
        ResourceBundle text = Texts.bundle(locale);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        // sent before the security headers' filter: the page needs nothing, so it may load nothing
        response.setHeader(
                "Content-Security-Policy",
                "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        if (status == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
            response.setHeader("Connection", "close");
        }
        // only the portal's own texts and context path go into the page, never anything from the request
        byte[] page = String.format(
                        PAGE,
                        text.getString("plain." + name + ".title"),
                        text.getString("plain." + name + ".text"),
                        request.getContextPath(),
                        text.getString("error.toHome"),
                        locale.getLanguage())
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(page.length);
        response.getOutputStream().write(page);
    }
}
