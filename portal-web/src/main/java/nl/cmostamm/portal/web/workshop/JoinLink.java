package nl.cmostamm.portal.web.workshop;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.cmostamm.portal.workshop.JoinCodes;

/**
 * The short address a presenter reads out and the QR code holds: {@code /doe-mee} leads to the
 * join page, {@code /doe-mee/KQ74MX} to the join page with that code filled in. Anything that
 * cannot be a code leads to the empty join page, where a wrong code is said kindly.
 */
@WebServlet("/doe-mee/*")
public class JoinLink extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String typed =
                request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        String target = request.getContextPath() + "/workshop/join.xhtml"
                + JoinCodes.normalise(typed).map(code -> "?code=" + code).orElse("");
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(target);
    }
}
