package nl.cmostamm.portal.story;

/** What a story may be used for, each needing its own consent. */
public enum Purpose {
    INTERNAL_LEARNING,
    REPORTS,
    PUBLICATION
}
