package nl.cmostamm.portal.person;

import java.io.Serializable;

/**
 * Which record a candidate is: its kind, its id and, for an initiative's record, the initiative.
 * The only thing the page sends back when the admin ticks a candidate, so nothing it shows is
 * trusted: every ref is looked up again, in its initiative's tenancy, before it is read or erased.
 */
public record RecordRef(Long initiativeId, RecordKind kind, long id) implements Serializable {

    public RecordRef {
        if (kind == null || kind.inInitiative() != (initiativeId != null)) {
            throw new IllegalArgumentException("A record of an initiative names it, any other does not");
        }
    }

    /** A stable text key ("12:VOLUNTEER:345"), for a page's checkbox. */
    public String key() {
        return (initiativeId == null ? "-" : initiativeId.toString()) + ":" + kind + ":" + id;
    }
}
