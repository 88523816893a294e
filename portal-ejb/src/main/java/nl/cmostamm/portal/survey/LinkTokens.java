package nl.cmostamm.portal.survey;

import nl.cmostamm.portal.shared.SecretTokens;

/**
 * Public survey link tokens, the portal's {@link SecretTokens}: the database keeps only their
 * SHA-256 for the public lookup, so a leak of that table opens no survey.
 */
public final class LinkTokens {

    private LinkTokens() {}

    public static String newToken() {
        return SecretTokens.newToken();
    }

    /** Whether a text from a request can be a token at all; anything else is not looked up. */
    public static boolean isWellFormed(String token) {
        return SecretTokens.isWellFormed(token);
    }

    public static String hash(String token) {
        return SecretTokens.hash(token);
    }
}
