package nl.cmostamm.portal.method;

/** The four ways of showing social value the publication describes (chapter 5). */
public enum Method {
    THEORY_OF_CHANGE,
    SROI,
    EFFECT_MEASUREMENT,
    NARRATIVE
}
