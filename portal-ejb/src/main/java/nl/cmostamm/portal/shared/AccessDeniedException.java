package nl.cmostamm.portal.shared;

import jakarta.ejb.ApplicationException;

/** The user is known but may not do this here; shown as the 403 page. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String reason) {
        super(reason);
    }
}
