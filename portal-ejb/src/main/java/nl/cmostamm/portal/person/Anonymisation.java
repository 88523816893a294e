package nl.cmostamm.portal.person;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts erasure leaves behind, and the small rules of showing and counting that must never let a
 * name slip into what is kept: a masked address for telling namesakes apart, a name taken out of a
 * list of names, and the counts per kind as the request log stores them.
 */
public final class Anonymisation {

    /** What stands where a name was: a help request's requester, a representative, a panel member. */
    public static final String ANONYMISED = "(geanonimiseerd)";

    /** What stands where a text was that named the person (a survey answer). */
    public static final String ERASED = "(gewist op verzoek)";

    private Anonymisation() {}

    /**
     * An address with most of it hidden, enough to tell two people of one name apart:
     * {@code hilje.visser@example.nl} becomes {@code h…r@example.nl}.
     */
    public static String maskEmail(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        int at = email.indexOf('@');
        if (at <= 0) {
            return "…";
        }
        String local = email.substring(0, at);
        String shown = local.length() <= 2
                ? local.substring(0, 1) + "…"
                : local.charAt(0) + "…" + local.charAt(local.length() - 1);
        return shown + email.substring(at);
    }

    /**
     * {@code text} with every occurrence of {@code name} (any case, spaces as typed or several)
     * replaced by {@link #ANONYMISED}, the rest as it was: "Anja, Hilje Visser, Bert" becomes
     * "Anja, (geanonimiseerd), Bert".
     */
    public static String withoutName(String text, String name) {
        if (text == null || name == null || name.isBlank()) {
            return text;
        }
        String[] words = name.strip().split("\\s+");
        StringBuilder pattern = new StringBuilder();
        for (String word : words) {
            pattern.append(pattern.isEmpty() ? "" : "\\s+").append(Pattern.quote(word));
        }
        return Pattern.compile(pattern.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text)
                .replaceAll(Matcher.quoteReplacement(ANONYMISED));
    }

    /** Counts per kind as stored: {@code VOLUNTEER=2;STORY=1}, in the kinds' order, without zeros. */
    public static String encode(Map<RecordKind, Integer> counts) {
        StringBuilder b = new StringBuilder();
        for (RecordKind kind : RecordKind.values()) {
            int count = counts.getOrDefault(kind, 0);
            if (count > 0) {
                b.append(b.isEmpty() ? "" : ";").append(kind.name()).append('=').append(count);
            }
        }
        return b.toString();
    }

    /** The counts {@link #encode} wrote; a kind this version does not know is left out. */
    public static Map<RecordKind, Integer> decode(String counts) {
        Map<RecordKind, Integer> result = new EnumMap<>(RecordKind.class);
        if (counts == null || counts.isBlank()) {
            return result;
        }
        for (String pair : counts.split(";")) {
            String[] parts = pair.split("=", 2);
            try {
                result.put(RecordKind.valueOf(parts[0].toUpperCase(Locale.ROOT)), Integer.parseInt(parts[1]));
            } catch (RuntimeException e) {
                // written by a later version: not shown rather than failing the whole list
            }
        }
        return result;
    }
}
