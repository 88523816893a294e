package nl.cmostamm.portal.web.shared;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Supplier;
import nl.cmostamm.portal.shared.ConcurrentEditException;
import nl.cmostamm.portal.shared.ValidationFailure;
import org.omnifaces.util.Exceptions;

/**
 * Runs one service call for an action and turns the refusals a user can act on into Dutch
 * messages: invalid input next to its field (ids {@code form:field}), an edit conflict at the top
 * of the page. Anything else propagates to the error pages.
 */
public final class ServiceCall {

    private ServiceCall() {}

    /** Returns true when the call succeeded. */
    public static boolean run(String formId, Runnable call) {
        return attempt(formId, () -> {
                    call.run();
                    return Boolean.TRUE;
                })
                != null;
    }

    /** Returns the call's result, or null when it was refused (the messages are then queued). */
    public static <T> T attempt(String formId, Supplier<T> call) {
        try {
            return call.get();
        } catch (ValidationFailure failure) {
            refuse(formId, failure);
        } catch (ConcurrentEditException conflict) {
            Texts.error("conflict.edited");
            FacesContext.getCurrentInstance().validationFailed();
        } catch (EJBException e) {
            // a conflict found at commit arrives wrapped several layers deep
            if (Exceptions.is(e, OptimisticLockException.class)) {
                Texts.error("conflict.edited");
                FacesContext.getCurrentInstance().validationFailed();
            } else {
                throw e;
            }
        }
        return null;
    }

    /**
     * Next to the refused field of the form {@code formId}; at the top of the page when the refusal
     * names no field, or when the page has no such form (a message for a field nobody renders would
     * vanish, and the user would see nothing happen).
     */
    private static void refuse(String formId, ValidationFailure failure) {
        boolean onThePage = formId != null
                && FacesContext.getCurrentInstance().getViewRoot().findComponent(formId) != null;
        String clientId = failure.getField() == null || !onThePage ? null : formId + ":" + failure.getField();
        Texts.errorAt(clientId, failure.getMessageKey());
    }
}
