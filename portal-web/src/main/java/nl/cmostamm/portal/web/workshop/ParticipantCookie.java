package nl.cmostamm.portal.web.workshop;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/**
 * The participant's cookie: the token that ties this browser to its seat in one session. HttpOnly
 * and only sent to the participant's pages; kept a day, long enough for a workshop and a reload.
 */
final class ParticipantCookie {

    static final String NAME = "workshop_seat";
    private static final int DAY = 24 * 60 * 60;

    private ParticipantCookie() {}

    static void give(String token) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) context.getRequest();
        context.addResponseCookie(
                NAME,
                token,
                Map.of(
                        "path",
                        context.getRequestContextPath() + "/workshop",
                        "maxAge",
                        DAY,
                        "httpOnly",
                        true,
                        "secure",
                        request.isSecure(),
                        "SameSite",
                        "Lax"));
    }

    /** The token of this browser's seat, or null. */
    static String token() {
        Object cookie = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestCookieMap()
                .get(NAME);
        return cookie instanceof Cookie c ? c.getValue() : null;
    }
}
