package nl.cmostamm.portal.web.security;

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
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * Opens the tenancy scope of each request from the server-side session only: the authenticated
 * account and the initiative it entered. Request parameters play no part. Also names the request
 * thread after a short request id and the initiative id, so every log line of the request carries
 * that context without carrying personal data.
 */
@WebFilter(filterName = "tenancy", urlPatterns = "/*")
public class TenancyFilter extends HttpFilter {

    @Inject
    ActiveInitiative activeInitiative;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Principal principal = request.getUserPrincipal();
        Long accountId = principal == null ? null : parseId(principal.getName());
        Long initiativeId = accountId != null && request.getSession(false) != null ? activeInitiative.getId() : null;
        Thread thread = Thread.currentThread();
        String threadName = thread.getName();
        thread.setName(threadName + " [request=" + UUID.randomUUID().toString().substring(0, 8)
                + (initiativeId == null ? "" : " initiative=" + initiativeId) + "]");
        Tenancy.open(new Tenancy.Scope(accountId, initiativeId));
        try {
            chain.doFilter(request, response);
        } finally {
            Tenancy.close();
            thread.setName(threadName);
        }
    }

    private static Long parseId(String name) {
        try {
            return Long.valueOf(name);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
