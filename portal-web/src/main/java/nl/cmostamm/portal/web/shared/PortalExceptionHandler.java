package nl.cmostamm.portal.web.shared;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Iterator;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.NotFoundException;
import org.omnifaces.util.Exceptions;

/**
 * Answers "not found" and "not allowed" from the services with a real 404 or 403 status and the
 * Dutch error page, and an unreachable database with 503 and a page that says the portal is briefly
 * unavailable, on full page requests. Ajax requests go on to OmniFaces'
 * {@code FullAjaxExceptionHandler}, which renders the error page of the exception's type in place
 * of the ajax response, so an ajax request never fails silently.
 */
public class PortalExceptionHandler extends ExceptionHandlerWrapper {

    public PortalExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext context = FacesContext.getCurrentInstance();
        if (context != null && !context.getPartialViewContext().isAjaxRequest()) {
            Iterator<ExceptionQueuedEvent> events =
                    getUnhandledExceptionQueuedEvents().iterator();
            while (events.hasNext()) {
                int status = statusFor(events.next().getContext().getException());
                if (status != 0 && !context.getExternalContext().isResponseCommitted()) {
                    events.remove();
                    try {
                        if (status == 503) {
                            // the database is usually back within a minute (a restart, a failover)
                            context.getExternalContext().setResponseHeader("Retry-After", "30");
                        }
                        context.getExternalContext().responseSendError(status, null);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    context.responseComplete();
                }
            }
        }
        getWrapped().handle();
    }

    /**
     * 404 or 403 when a service refused somewhere in the cause chain (CDI wraps exceptions from
     * {@code @PostConstruct}, EL wraps those of actions), 0 otherwise.
     */
    static int statusFor(Throwable exception) {
        if (Exceptions.is(exception, NotFoundException.class)) {
            return 404;
        }
        if (Exceptions.is(exception, AccessDeniedException.class)) {
            return 403;
        }
        return databaseUnreachable(exception) ? 503 : 0;
    }

    /**
     * Whether the database could not be reached (SQL state class 08, "connection exception", or
     * 57P0x, the server shutting down or starting): the portal is then briefly unavailable, which
     * the visitor is told as such (503), not as a fault of ours.
     */
    static boolean databaseUnreachable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08") || state.startsWith("57P0")) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
