package nl.cmostamm.portal.web.shared;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. PrimeFaces adds its own Content-Security-Policy with a
 * script nonce; this second policy adds what that one leaves open (framing, plugins, base URI,
 * form targets). Browsers enforce both. Payara marks the session cookie Secure by itself when the
 * request came over HTTPS (its default "dynamic" cookie security). Every other cookie gets
 * SameSite=Lax.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*")
public class SecurityHeadersFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.addHeader(
                "Content-Security-Policy",
                "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (request.getRequestURI().contains("/app/") || PortalApi.isApiRequest(request)) {
            // Pages with personal data, and every answer of the API (each is one caller's own
            // figures), are never kept in shared or back-button caches.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new SameSiteCookies(response));
    }

    /**
     * Gives every cookie the portal or a library sets (Faces' flash, PrimeFaces' download marker)
     * {@code SameSite=Lax} unless it says otherwise; the session cookie has it from web.xml.
     */
    private static final class SameSiteCookies extends jakarta.servlet.http.HttpServletResponseWrapper {

        SameSiteCookies(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addCookie(jakarta.servlet.http.Cookie cookie) {
            if (cookie.getAttribute("SameSite") == null) {
                cookie.setAttribute("SameSite", "Lax");
            }
            super.addCookie(cookie);
        }
    }
}
