package nl.cmostamm.portal.method.sroi.calculation;

/**
 * Why a calculation cannot be made: the field it concerns, as a path into the calculation ({@code
 * outcomes[2].deadweight}), and the reason, which pages and the JSON endpoint turn into a sentence
 * in the reader's language.
 */
public record Problem(String field, Reason reason) {

    public enum Reason {
        /**
         * Nothing given: a null number, a blank description, or a null entry in the list of inputs or
         * outcomes (then the field is the entry itself, {@code inputs[1]}).
         */
        MISSING,
        /** A rate (deadweight, displacement, attribution, drop-off, the discount rate) outside 0–1. */
        NOT_A_FRACTION,
        /** A negative quantity, proxy or input amount. */
        NEGATIVE,
        /** A duration outside 1–50 whole years. */
        DURATION_OUT_OF_RANGE,
        /** No inputs at all (field {@code inputs}): a ratio needs something to divide by. */
        NO_INPUTS,
        /** Every input amount is given, none is negative, and together they are 0 (field {@code inputs}). */
        ZERO_INPUT_TOTAL,
        /**
         * A description or stakeholder longer than {@value Calculation#MAX_TEXT_LENGTH} characters
         * (after trimming): an impact map names things, it does not tell their story.
         */
        TOO_LONG
    }
}
