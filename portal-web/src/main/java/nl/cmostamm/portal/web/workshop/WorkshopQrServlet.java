package nl.cmostamm.portal.web.workshop;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.web.survey.PublicLinks;
import nl.cmostamm.portal.web.survey.SurveyQrServlet;
import nl.cmostamm.portal.workshop.WorkshopService;
import nl.cmostamm.portal.workshop.WorkshopSession;

/**
 * The QR code of a session's join page ({@code ?session=}), as SVG for the projector: only for the
 * advisor who runs the session (and admins); any other session is not found.
 */
@WebServlet("/app/workshop/qr")
public class WorkshopQrServlet extends HttpServlet {

    @EJB
    WorkshopService workshops;

    @Inject
    PublicLinks links;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        WorkshopSession session;
        try {
            session = workshops.session(Long.parseLong(String.valueOf(request.getParameter("session"))));
        } catch (NumberFormatException | NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (nl.cmostamm.portal.shared.AccessDeniedException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("image/svg+xml");
        response.getOutputStream()
                .write(SurveyQrServlet.svg(links.workshop(session.getJoinCode()))
                        .getBytes(StandardCharsets.UTF_8));
    }
}
