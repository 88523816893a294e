package nl.cmostamm.portal.shared;

import jakarta.ejb.ApplicationException;

/**
 * The thing asked for does not exist for this user. Deliberately the same for "does not exist"
 * and "belongs to another initiative", so that ids cannot be probed across tenants.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
