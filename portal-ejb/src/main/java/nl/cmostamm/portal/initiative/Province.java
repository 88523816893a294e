package nl.cmostamm.portal.initiative;

/** The province an initiative works in; the knowledge centre serves Groningen and Drenthe. */
public enum Province {
    GRONINGEN,
    DRENTHE,
    OTHER
}
