package nl.cmostamm.portal.person;

import java.io.Serializable;

/**
 * A record that may be about the person searched for, as the admin sees it before ticking it: what
 * it is ({@code label}, a name or a title), a detail that tells two namesakes apart (a date, a role,
 * a masked e-mail address, never a full phone number or address), and whether the name or the
 * e-mail address matched.
 */
public record Candidate(RecordRef ref, String initiativeName, String label, String detail, Match matchedOn)
        implements Serializable {

    /** What in the record matched the search. */
    public enum Match {
        NAME,
        EMAIL,
        TEXT,
        ACCOUNT
    }
}
