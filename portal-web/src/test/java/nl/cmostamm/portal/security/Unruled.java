package nl.cmostamm.portal.security;

import jakarta.ejb.Stateless;
import nl.cmostamm.portal.access.Guarded;

/** Test-only: a guarded service whose one method someone forgot to give a rule. */
@Stateless
@Guarded
public class Unruled {

    public String hello() {
        return "should never be reached";
    }
}
