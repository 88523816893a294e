package nl.cmostamm.portal.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import nl.cmostamm.portal.security.TrustedDevice;

/**
 * The trusted-browser cookie of one login request: what the browser sent goes to the identity
 * store, and what the account service decided comes back to be set on the response. The cookie
 * holds a random token only (its SHA-256 is kept with the account), lives half a year, is
 * HttpOnly and SameSite=Strict, and Secure under HTTPS. It carries nothing about the person: it
 * only lets this browser log in while unknown browsers are paused after repeated failures.
 */
@RequestScoped
public class TrustedBrowser {

    static final String COOKIE = "portal-device";

    private String presented;
    private String confirmed;

    void readFrom(HttpServletRequest request) {
        presented = request.getCookies() == null
                ? null
                : Arrays.stream(request.getCookies())
                        .filter(cookie -> COOKIE.equals(cookie.getName()))
                        .map(Cookie::getValue)
                        .findFirst()
                        .orElse(null);
    }

    String presented() {
        return presented;
    }

    void confirm(String token) {
        confirmed = token;
    }

    /** Sets (or renews) the cookie when the login succeeded. */
    void writeTo(HttpServletRequest request, HttpServletResponse response) {
        if (confirmed == null) {
            return;
        }
        Cookie cookie = new Cookie(COOKIE, confirmed);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) TrustedDevice.TRUSTED_FOR.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
    }
}
