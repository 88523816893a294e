package nl.cmostamm.portal.web.security;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.cmostamm.portal.security.AccountService;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * Opens the tenancy scope of each request from the server-side session only: the authenticated
 * account and the initiative it entered. Request parameters play no part. Also names the request
 * thread after a short request id and the initiative id, so every log line of the request carries
 * that context without carrying personal data, and logs the request itself (FINE, or WARNING for a
 * server error), never with its query string or the secret of a public survey link.
 */
@WebFilter(filterName = "tenancy", urlPatterns = "/*")
public class TenancyFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(TenancyFilter.class.getName());
    private static final java.util.regex.Pattern SURVEY_LINK = java.util.regex.Pattern.compile("/s/[^/?;]*");
    private static final java.util.regex.Pattern FACT_SHEET_LINK =
            java.util.regex.Pattern.compile("/feitenblad/[^/?;]*");

    @Inject
    ActiveInitiative activeInitiative;

    @Inject
    ActiveUser activeUser;

    @EJB
    AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        Long accountId = principal == null ? null : parseId(principal.getName());
        boolean inSession = accountId != null && request.getSession(false) != null;
        Long initiativeId = inSession ? activeInitiative.getId() : null;
        Thread thread = Thread.currentThread();
        String threadName = thread.getName();
        thread.setName(threadName + " [request=" + UUID.randomUUID().toString().substring(0, 8)
                + (initiativeId == null ? "" : " initiative=" + initiativeId) + "]");
        Tenancy.open(new Tenancy.Scope(accountId, initiativeId));
        long started = System.nanoTime();
        try {
            if (inSession && !activeUser.isLoggedIn()) {
                // authenticated by the container without passing the login page's bean (a continued login)
                activeUser.signIn(accounts.signedIn());
            }
            chain.doFilter(request, response);
        } finally {
            logRequest(request, response, started);
            Tenancy.close();
            thread.setName(threadName);
        }
    }

    /** One line per request at FINE, and at WARNING for server errors; never the query string. */
    private static void logRequest(HttpServletRequest request, HttpServletResponse response, long started) {
        int status = response.getStatus();
        Level level = status >= 500 ? Level.WARNING : Level.FINE;
        if (LOG.isLoggable(level)) {
            LOG.log(level, "{0} {1} -> {2} in {3} ms", new Object[] {
                request.getMethod(),
                loggable(request.getRequestURI()),
                status,
                (System.nanoTime() - started) / 1_000_000
            });
        }
    }

    /** The path as the log may show it: the secret of a public survey or fact sheet link is left out. */
    static String loggable(String path) {
        return FACT_SHEET_LINK
                .matcher(SURVEY_LINK.matcher(path).replaceAll("/s/…"))
                .replaceAll("/feitenblad/…");
    }

    private static Long parseId(String name) {
        try {
            return Long.valueOf(name);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
