package nl.cmostamm.portal.shared;

import jakarta.ejb.ApplicationException;

/** Someone else saved the same thing since this user opened it; nothing was overwritten. */
@ApplicationException(rollback = true)
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException() {
        super("Edited concurrently");
    }
}
