package nl.cmostamm.portal.web.shared;

import jakarta.faces.component.UIComponent;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.event.ActionListener;
import jakarta.faces.event.ActionListenerWrapper;
import java.util.logging.Logger;

/**
 * Runs the action of a button or link only when it is shown: the command and every component
 * around it are rendered. A request that posts everything ({@code execute=@all}) got Faces to
 * decode and run a button inside a form hidden with {@code rendered="false"} (the services refused
 * what it asked, but a hidden form should not run at all). Wraps Faces' own action listener, so it
 * guards every {@code action} of every page.
 */
public class ShownCommandsOnly extends ActionListenerWrapper {

    private static final Logger LOG = Logger.getLogger(ShownCommandsOnly.class.getName());

    private final ActionListener wrapped;

    public ShownCommandsOnly(ActionListener wrapped) {
        this.wrapped = wrapped;
    }

    @Override
    public ActionListener getWrapped() {
        return wrapped;
    }

    @Override
    public void processAction(ActionEvent event) {
        for (UIComponent component = event.getComponent(); component != null; component = component.getParent()) {
            if (!component.isRendered()) {
                LOG.fine(() -> "Ignored the action of a command that is not shown: "
                        + event.getComponent().getId());
                return;
            }
        }
        getWrapped().processAction(event);
    }
}
