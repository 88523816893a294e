package nl.cmostamm.portal.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The door of every API call, before JAX-RS even looks for the resource: a caller who is not
 * logged in gets 401 with a JSON body (not the login page's redirect a browser would follow); a
 * body that is not {@code application/json} gets 415.
 *
 * <p>The 415 rule is the API's defence against cross-site request forgery. The caller is
 * recognised by the session cookie alone, and a browser sends that cookie along with a form
 * another site makes it post; but an HTML form can only send {@code
 * application/x-www-form-urlencoded}, {@code multipart/form-data} or {@code text/plain}, and a
 * script on another site that sets {@code application/json} must first ask permission (a CORS
 * preflight), which the portal never grants. So a request that reaches a resource with a JSON body
 * came from the portal's own pages or from a script that holds the cookie itself. The session
 * cookie's {@code SameSite=Lax} keeps it off cross-site posts as a second line.
 */
@Provider
@PreMatching
public class ApiGuard implements ContainerRequestFilter {

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @Override
    public void filter(ContainerRequestContext request) {
        Locale locale = ApiAnswers.locale(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        if (request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(ApiAnswers.problems(
                    Response.Status.UNAUTHORIZED, locale, List.of(ApiProblem.of(null, "api.problem.notLoggedIn"))));
        } else if (WITH_BODY.contains(request.getMethod())
                && !isJson(request.getHeaderString(HttpHeaders.CONTENT_TYPE))) {
            request.abortWith(ApiAnswers.problems(
                    Response.Status.UNSUPPORTED_MEDIA_TYPE,
                    locale,
                    List.of(ApiProblem.of(HttpHeaders.CONTENT_TYPE, "api.problem.notJson"))));
        }
    }

    /**
     * {@code application/json}, with no charset or UTF-8 (JSON has no other), whatever other
     * parameters follow. Read by hand rather than with {@code MediaType.isCompatible}, which lets
     * wildcards such as {@code application/*} pass.
     */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        String[] parts = contentType.split(";");
        if (!parts[0].strip().equalsIgnoreCase("application/json")) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter[0].strip().equalsIgnoreCase("charset")
                    && (parameter.length < 2
                            || !parameter[1].strip().replace("\"", "").equalsIgnoreCase("UTF-8"))) {
                return false;
            }
        }
        return true;
    }
}
