package nl.cmostamm.portal.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The first filter of every request (declared first in {@code web.xml}): refuses, with a plain
 * page in the visitor's language and a 4xx status, requests that would otherwise end in a server error and a stack
 * trace further on, before anything reads their body:
 * <ul>
 * <li>a body larger than any form or upload of the portal needs (413): an upload may hold a 5 MB
 * photo, any other form far less;</li>
 * <li>a Faces view state where no Faces form was posted: in the query string of a page (Faces
 * would take the request for a postback and break off the page half-way), or in a post to a
 * public survey link (the servlet forwards to a Faces page, which would do the same) (400);</li>
 * <li>a NUL character in a form field of the logged-in pages, upload forms included, which nobody
 * can type and PostgreSQL cannot store (400). The public survey refuses it next to the question
 * instead.</li>
 * </ul>
 * And it answers a request that found the database unreachable with 503 and a plain page saying the
 * portal is briefly unavailable. The JSON API ({@link PortalApi}) is left to itself: it answers in JSON, never with a page.
 */
public class RequestGuardFilter extends HttpFilter {

    /** An upload form: a 5 MB photo or 2 MB CSV file with its form fields and multipart overhead. */
    static final long MAX_MULTIPART_BYTES = 7L * 1024 * 1024;
    /**
     * Any other form: Payara reads at most 2 MB of form fields (its default), and beyond that a
     * post would fail further on. The largest survey (100 long texts of 4,000 characters) takes
     * about 0.4 MB in plain Dutch.
     */
    static final long MAX_FORM_BYTES = 2L * 1024 * 1024;

    private static final String VIEW_STATE = "jakarta.faces.ViewState";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (PortalApi.isApiRequest(request)) {
            // The JSON API is no form: no view state or form fields to check there, and its bodies
            // have their own, smaller limit, which the resource enforces while reading (a chunked
            // body announces no length) and refuses in JSON, as an API caller expects, not with a page.
            chain.doFilter(request, response);
            return;
        }
        String contentType = request.getContentType();
        boolean multipart = contentType != null && contentType.toLowerCase().startsWith("multipart/");
        if (request.getContentLengthLong() > (multipart ? MAX_MULTIPART_BYTES : MAX_FORM_BYTES)) {
            PlainPage.send(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "tooLarge");
            return;
        }
        boolean toSurvey = request.getRequestURI().startsWith(request.getContextPath() + "/s/");
        boolean post = "POST".equals(request.getMethod());
        // a GET's parameters are its query string, decoded, however the name was encoded
        boolean viewStateInQuery = !post && request.getParameter(VIEW_STATE) != null;
        boolean viewStateToSurvey = toSurvey && post && !multipart && request.getParameter(VIEW_STATE) != null;
        if (viewStateInQuery || viewStateToSurvey || (post && !toSurvey && holdsNul(request))) {
            PlainPage.send(request, response, HttpServletResponse.SC_BAD_REQUEST, "badRequest");
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            // the database away (a restart, a failover): a brief unavailability, said as such (503),
            // wherever it surfaced (a servlet such as the survey's, a filter); Faces pages say it
            // themselves (PortalExceptionHandler)
            if (!PortalExceptionHandler.databaseUnreachable(e) || response.isCommitted()) {
                throw e;
            }
            response.setHeader("Retry-After", "30");
            PlainPage.send(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "unavailable");
        }
    }

    /**
     * Whether a form field holds a NUL. For an upload form these are its text fields (the files
     * are not parameters); the body was limited above and the container keeps the parsed parts for
     * the page. A request the container cannot parse is left to the page to refuse.
     */
    private static boolean holdsNul(HttpServletRequest request) {
        try {
            return request.getParameterMap().values().stream()
                    .flatMap(java.util.Arrays::stream)
                    .anyMatch(value -> value.indexOf('\u0000') >= 0);
        } catch (IllegalStateException unparsable) {
            return false;
        }
    }
}
