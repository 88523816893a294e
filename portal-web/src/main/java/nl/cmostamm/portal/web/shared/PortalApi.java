package nl.cmostamm.portal.web.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

/**
 * Switches JAX-RS on for {@code /api/*} (the JSON API; its rules are in package {@code web.api}),
 * without a {@code web.xml} entry. It lives here, like the data source, because it is the whole
 * application's: the filters of every request ask {@link #isApiRequest}. It names no classes, so
 * the container takes every resource and provider in the WAR ({@code web.api.ApiGuard} among
 * them) and a feature adds its endpoint without touching this class.
 *
 * <p>Nothing under {@code /api} is covered by a {@code web.xml} security constraint, on purpose: a
 * constraint would let {@code PortalSecurity} answer an anonymous call with a redirect to the login
 * page, where a script needs a plain 401. {@code ApiGuard} checks the caller instead.
 */
@ApplicationPath(PortalApi.PATH)
public class PortalApi extends Application {

    public static final String PATH = "/api";

    /**
     * Whether the container sends this request to the API. Asked of the servlet path, which the
     * container has decoded and normalised while mapping, not of the raw request URI: {@code
     * /api/../app/x.xhtml} is a Faces page, not an API call.
     */
    public static boolean isApiRequest(HttpServletRequest request) {
        return PATH.equals(request.getServletPath());
    }

    /** The portal publishes no description of its API (see the pre-boot commands): no WADL either. */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
