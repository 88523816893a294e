package nl.cmostamm.portal.workshop;

/**
 * What joining with a code gives: a seat with the token for the participant's cookie, or why not.
 * An unknown code and a malformed one are the same answer, so a guess learns nothing.
 */
public record JoinOutcome(Result result, String token, Seat seat) {

    public enum Result {
        JOINED,
        UNKNOWN_CODE,
        ENDED,
        FULL
    }

    static JoinOutcome refused(Result result) {
        return new JoinOutcome(result, null, null);
    }
}
