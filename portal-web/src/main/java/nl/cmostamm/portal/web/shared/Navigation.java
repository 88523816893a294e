package nl.cmostamm.portal.web.shared;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import nl.cmostamm.portal.shared.NotFoundException;

/** Reading ids from the query string and redirecting after a successful action (post-redirect-get). */
public final class Navigation {

    private Navigation() {}

    /**
     * A positive number from the query string, or null when absent. Anything else is reported as
     * not found: a bad id in a link is a page that does not exist, not a server error.
     */
    public static Long idParameter(String name) {
        String value = FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new NotFoundException(name);
    }

    /** Redirects to a path inside the portal, such as {@code /app/goal/goal-overview.xhtml}. */
    public static void redirect(String path) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
