package nl.cmostamm.portal.security;

import java.io.Serializable;

/**
 * The outcome of inviting someone: the one-time link to set a password (null when the person
 * already has one and can simply log in) and whether the link was also e-mailed.
 */
public record Invitation(String email, String link, boolean mailed) implements Serializable {

    public boolean needsPassword() {
        return link != null;
    }
}
