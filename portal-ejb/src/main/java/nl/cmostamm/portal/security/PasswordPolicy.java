package nl.cmostamm.portal.security;

import java.util.Optional;

/**
 * What a new password must be: long enough to resist guessing (NIST SP 800-63B asks for at least
 * 8; we ask 12, since volunteers' boards guard health data), not absurdly long, and not the e-mail
 * address. Returns the bundle key of the Dutch message when a password is refused.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;

    private PasswordPolicy() {}

    public static Optional<String> refusal(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MINIMUM_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAXIMUM_LENGTH) {
            return Optional.of("password.tooLong");
        }
        if (email != null && password.strip().equalsIgnoreCase(email.strip())) {
            return Optional.of("password.isEmail");
        }
        return Optional.empty();
    }
}
