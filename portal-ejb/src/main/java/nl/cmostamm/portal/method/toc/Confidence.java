package nl.cmostamm.portal.method.toc;

/** How sure the board is that a link in the chain holds: the assumption behind it and its evidence. */
public enum Confidence {
    LOW,
    MEDIUM,
    HIGH
}
