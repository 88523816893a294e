package nl.cmostamm.portal.security;

import java.io.Serializable;

/** The answer to "may I enter this initiative, and as what": kept in the HTTP session. */
public record Admittance(long initiativeId, String slug, String name, Standing standing) implements Serializable {}
