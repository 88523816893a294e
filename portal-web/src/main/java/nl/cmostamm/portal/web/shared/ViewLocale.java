package nl.cmostamm.portal.web.shared;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Puts the user's language on the view as soon as it is restored. The template's {@code f:view
 * locale} takes effect only when the page is rendered, so a message made before that (by a view
 * action on opening a page, such as a refused link) came out in the browser's language instead of
 * the one the user chose. The pages behind the login only; public pages set their own language.
 */
public class ViewLocale implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        var root = event.getFacesContext().getViewRoot();
        // only the signed-in pages: a survey page speaks its own survey's language (its f:view)
        if (root != null && root.getViewId() != null && root.getViewId().startsWith("/app/")) {
            root.setLocale(CDI.current().select(ActiveLocale.class).get().getLocale());
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {}

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
