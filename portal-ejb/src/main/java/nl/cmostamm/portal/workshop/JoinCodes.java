package nl.cmostamm.portal.workshop;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Join codes: six characters from 32 that cannot be mistaken for one another when read aloud or
 * off a projector (no I, O, 0 or 1), so about a billion codes. With a handful of sessions live and
 * joining limited per address, guessing one takes years. Participants may type them in lower case
 * and with spaces or a dash, as they are shown ("KQ7 4MX").
 */
public final class JoinCodes {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 6;
    private static final Pattern SHAPE = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private JoinCodes() {}

    static String newCode() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, in its stored form; empty when it cannot be a code at all. */
    public static Optional<String> normalise(String typed) {
        if (typed == null || typed.length() > 20) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return SHAPE.matcher(code).matches() ? Optional.of(code) : Optional.empty();
    }

    /** The code as shown and read aloud: two groups of three. */
    public static String display(String code) {
        return code.substring(0, 3) + " " + code.substring(3);
    }
}
