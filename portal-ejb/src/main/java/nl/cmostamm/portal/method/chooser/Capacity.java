package nl.cmostamm.portal.method.chooser;

/** How much time the board and its volunteers can give to showing their value. */
public enum Capacity {
    /** A few hours a month. */
    LITTLE,
    /** A few hours a week, for some months. */
    SOME,
    /** A day a week or more, or a working group of its own. */
    MUCH
}
