package nl.cmostamm.portal.workshop;

/** What a participant gives at a step. */
public enum StepKind {
    /** A free text. */
    TEXT,
    /** A few short items, one per line (stakeholders, goals, words). */
    ITEMS,
    /** One of the step's options. */
    CHOICE,
    /** A whole number on the step's scale. */
    SCALE,
    /** The step's options in the participant's order. */
    RANKING,
    /** Short items, each placed in one of the step's columns and, when it has rows, a row. */
    CANVAS;

    /** Whether the answer is a list of texts (which the presenter can hide, spotlight and pick). */
    public boolean hasItems() {
        return this != CHOICE && this != SCALE;
    }

    /** Whether the step lists options (a choice, a ranking) or columns (a canvas), as V19 demands. */
    public boolean hasOptions() {
        return this == CHOICE || this == RANKING || this == CANVAS;
    }

    /** Whether the step may have rows: only a canvas does. */
    public boolean hasRows() {
        return this == CANVAS;
    }

    /** Whether the step has a scale, and only a scale step has one. */
    public boolean hasScale() {
        return this == SCALE;
    }
}
