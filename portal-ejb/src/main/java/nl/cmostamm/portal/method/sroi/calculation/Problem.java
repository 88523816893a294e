package nl.cmostamm.portal.method.sroi.calculation;

/**
 * Why a calculation cannot be made: the field it concerns, as a path into the calculation ({@code
 * outcomes[2].deadweight}), and the reason, which pages and the JSON endpoint turn into a sentence
 * in the reader's language.
 */
public record Problem(String field, Reason reason) {

    public enum Reason {
        MISSING,
        NOT_A_FRACTION,
        NEGATIVE,
        DURATION_OUT_OF_RANGE,
        NO_INPUTS,
        ZERO_INPUT_TOTAL
    }
}
