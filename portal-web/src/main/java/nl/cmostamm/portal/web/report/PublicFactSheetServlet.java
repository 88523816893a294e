package nl.cmostamm.portal.web.report;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import nl.cmostamm.portal.report.factsheet.FactSheetContent;
import nl.cmostamm.portal.report.factsheet.PublicFactSheets;
import nl.cmostamm.portal.web.cluster.DataGrid;
import nl.cmostamm.portal.web.shared.AddressAllowance;
import nl.cmostamm.portal.web.shared.ClientAddress;
import nl.cmostamm.portal.web.shared.PlainPage;
import nl.cmostamm.portal.web.survey.PublicLinks;

/**
 * A published fact sheet, {@code /feitenblad/<token>} as a web page and {@code
 * /feitenblad/<token>.pdf} as its PDF, for visitors without an account. Read-only (GET only), no
 * session, no Faces, no script: the page is the sheet's own XHTML with a link to its PDF. Unknown,
 * malformed, revoked and expired links are all the same 404, and an address that tries many
 * unknown links in a minute is slowed down (429), as for survey links. Neither the page nor the PDF
 * is cached or indexed; each one made is audited by the service with the stories on it.
 */
@WebServlet(urlPatterns = PublicLinks.FACT_SHEET_PATH + "*")
public class PublicFactSheetServlet extends HttpServlet {

    private static final String PDF = ".pdf";
    /** Unknown links one address may try a minute; a real visitor tries one. */
    static final int UNKNOWN_PER_MINUTE = 20;
    /** Sheets one address may have made a minute: each PDF is a few renderings. */
    static final int VIEWS_PER_MINUTE = 30;

    @Inject
    PublicFactSheets sheets;

    @Inject
    DataGrid grid;

    private AddressAllowance unknown;
    private AddressAllowance views;

    @Override
    public void init() {
        unknown = AddressAllowance.of("fact-sheet-unknown-links", UNKNOWN_PER_MINUTE, Duration.ofMinutes(1), grid);
        views = AddressAllowance.of("fact-sheet-views", VIEWS_PER_MINUTE, Duration.ofMinutes(1), grid);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String address = ClientAddress.of(request);
        if (!unknown.hasLeft(address) || !views.take(address)) {
            PlainPage.send(request, response, 429, "tooManyTries");
            return;
        }
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        boolean pdf = path.endsWith(PDF);
        String token = pdf ? path.substring(0, path.length() - PDF.length()) : path;
        Optional<FactSheetContent> content = sheets.open(token);
        if (content.isEmpty()) {
            unknown.take(address);
            PlainPage.send(request, response, HttpServletResponse.SC_NOT_FOUND, "factSheetGone");
            return;
        }
        // nothing from the request goes into the answer but the token, which was just found
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Robots-Tag", "noindex, nofollow");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (pdf) {
            byte[] document = FactSheetDocument.make(content.get()).pdf();
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "inline; filename=\"feitenblad.pdf\"");
            response.setContentLength(document.length);
            response.getOutputStream().write(document);
        } else {
            // added to the portal's own policy: both are enforced
            response.addHeader(
                    "Content-Security-Policy",
                    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
                            + "form-action 'none'; frame-ancestors 'none'");
            byte[] page = FactSheetDocument.webPage(
                            content.get(), request.getContextPath() + PublicLinks.FACT_SHEET_PATH + token + PDF)
                    .getBytes(StandardCharsets.UTF_8);
            response.setContentType("text/html;charset=UTF-8");
            response.setContentLength(page.length);
            response.getOutputStream().write(page);
        }
    }
}
