package nl.cmostamm.portal.web.shared;

import jakarta.faces.context.FacesContext;
import java.util.regex.Pattern;
import org.primefaces.PrimeFaces;

/**
 * Puts the keyboard focus back where the user was once an ajax update has redrawn the element they
 * pressed, so keyboard users keep their place. Directly by script, since PrimeFaces' own focus skips
 * buttons; only a client id made of letters, digits, colons, dashes and underscores is written into
 * the script, whatever a request says.
 */
public final class Focus {

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9:_-]{1,200}");

    private Focus() {}

    /** Focuses the element with {@code clientId} after the update. */
    public static void on(String clientId) {
        if (clientId != null && CLIENT_ID.matcher(clientId).matches()) {
            PrimeFaces.current().executeScript("var f=document.getElementById('" + clientId + "');if(f){f.focus();}");
        }
    }

    /** Focuses again the button or field that sent this ajax request. */
    public static void stayOnSource() {
        on(FacesContext.getCurrentInstance()
                .getExternalContext()
                .getRequestParameterMap()
                .get("jakarta.faces.source"));
    }
}
