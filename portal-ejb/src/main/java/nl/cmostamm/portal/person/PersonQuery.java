package nl.cmostamm.portal.person;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.shared.ValidationFailure;

/**
 * Whom to look for: a name, an e-mail address, or both, compared without regard to case. A name
 * matches anywhere in a name or text ("Hilje Visser" finds "Hilje Visser-Bos"); an address matches
 * an address field exactly and a text where it is written. At least one is needed; a name needs two
 * letters, so that a search cannot sweep up every record at once.
 */
public record PersonQuery(String name, String email) implements Serializable {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The admin's reference: a request number such as "AVG-2026-014", never a name. */
    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._/-]{0,39}");

    /** Refused with a message key for the field that is wrong; blank parts become null. */
    public static PersonQuery of(String name, String email) {
        String n = Input.blankToNull(name);
        String e = Input.blankToNull(email);
        if (n == null && e == null) {
            throw new ValidationFailure("person.query.required", "name");
        }
        if (n != null && (n.codePoints().filter(Character::isLetter).count() < 2 || n.length() > 120)) {
            throw new ValidationFailure("person.query.name", "name");
        }
        if (e != null && (e.length() > 254 || !EMAIL.matcher(e).matches())) {
            throw new ValidationFailure("person.query.email", "email");
        }
        return new PersonQuery(
                n == null ? null : n.replaceAll("\\s+", " "), e == null ? null : e.toLowerCase(Locale.ROOT));
    }

    /**
     * The admin's reference for the request, checked: a short code of letters, digits and
     * {@code ._/-}, and never the name or address searched for, because the reference is kept after
     * erasure. Returns it trimmed.
     */
    public String reference(String typed) {
        String reference = typed == null ? "" : typed.strip();
        if (!REFERENCE.matcher(reference).matches()) {
            throw new ValidationFailure("person.reference.invalid", "reference");
        }
        String lower = reference.toLowerCase(Locale.ROOT);
        if ((name != null && containsAnyWord(lower, name)) || (email != null && lower.contains(localPart()))) {
            throw new ValidationFailure("person.reference.personal", "reference");
        }
        return reference;
    }

    private static boolean containsAnyWord(String text, String name) {
        for (String word : name.toLowerCase(Locale.ROOT).split("[\\s.,'-]+")) {
            if (word.length() >= 3 && text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private String localPart() {
        return email.substring(0, email.indexOf('@'));
    }

    /** The LIKE pattern for the name (escaped with {@link Input#LIKE_ESCAPE}), or "" when no name was given. */
    public String namePattern() {
        return name == null ? "" : Input.containing(name);
    }

    /** The LIKE pattern that finds the address inside a text, or "" when no address was given. */
    public String emailPattern() {
        return email == null ? "" : Input.containing(email);
    }

    /** The address for an exact comparison with a lower-cased address column, or "". */
    public String exactEmail() {
        return email == null ? "" : email;
    }
}
