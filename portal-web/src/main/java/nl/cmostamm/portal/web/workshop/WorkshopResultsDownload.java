package nl.cmostamm.portal.web.workshop;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.cmostamm.portal.web.shared.ActiveLocale;
import nl.cmostamm.portal.web.shared.Downloads;
import nl.cmostamm.portal.workshop.WorkshopService;
import nl.cmostamm.portal.workshop.WorkshopSession;
import org.primefaces.model.StreamedContent;

/**
 * The downloads of a session's results afterwards ({@code WEB-INF/includes/workshop-downloads.xhtml}):
 * the document to share and the workbook with every answer. Request-scoped and given the session's
 * id by the page that includes it, so it holds nothing between clicks; the service refuses a session
 * that is not the caller's as not found.
 */
@Named
@RequestScoped
public class WorkshopResultsDownload {

    @EJB
    WorkshopService workshops;

    @Inject
    ActiveLocale locale;

    public StreamedContent pdf(long sessionId) {
        WorkshopSession session = workshops.session(sessionId);
        byte[] pdf = WorkshopResultsDocument.pdf(session, workshops.allResults(sessionId), locale.getLocale());
        return Downloads.pdf(pdf, Downloads.dated("file.workshopResults", sessionId));
    }

    public StreamedContent excel(long sessionId) {
        WorkshopSession session = workshops.session(sessionId);
        byte[] xlsx = WorkshopResultsWorkbook.write(session, workshops.allResults(sessionId), locale.getLocale());
        return Downloads.excel(xlsx, Downloads.dated("file.workshopResults", sessionId));
    }
}
