package nl.cmostamm.portal.shared;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Small rules every service applies to what users type and to the ids they send: text is trimmed
 * and blank means nothing, a text over its length is refused at its field, and an id that is not
 * found in the current initiative is simply "not found".
 */
public final class Input {

    /**
     * Dates as the Netherlands writes them ({@link DatePatterns#DATE}), for audit summaries and
     * exports. Strict, so that whatever parses with it refuses 31-02-2026 instead of moving it to the
     * 28th; strict needs {@code uuuu}, as {@code yyyy} would ask for an era.
     */
    public static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern(
                    DatePatterns.DATE.replace("yyyy", "uuuu"))
            .withResolverStyle(ResolverStyle.STRICT);

    /**
     * The query hint that loads, inside the transaction, what an entity graph names (the rest as
     * mapped). A read for a view passes the graph made for it, because nothing lazy can be loaded
     * once the transaction, and with it the tenant, is gone.
     */
    public static final String LOAD_GRAPH = "jakarta.persistence.loadgraph";

    /** The escape character of the patterns {@link #containing} makes, to pass to a LIKE. */
    public static final char LIKE_ESCAPE = '\\';

    /** Digits with one decimal comma or point; no thousands separators, which would be ambiguous. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,12}([.,]\\d+)?");

    private Input() {}

    /**
     * A typed number: "12", "12,5", "12.5", "-3", "€ 12,50", "85%". Null when the text is not exactly
     * a number ("abc", "12abc", "1.234,5"), so the caller refuses it instead of reading a part of it.
     */
    public static BigDecimal number(String text) {
        if (text == null) {
            return null;
        }
        String cleaned = text.replace("€", "").replace("%", "").replace(" ", "").replace("\u00A0", "");
        if (!NUMBER.matcher(cleaned).matches()) {
            return null;
        }
        return new BigDecimal(cleaned.replace(',', '.'));
    }

    /**
     * A LIKE pattern, in lower case, that finds {@code text} anywhere in a lowered column: a typed
     * "%" or "_" is searched for as itself rather than matching anything. Pass {@link #LIKE_ESCAPE}.
     */
    public static String containing(String text) {
        String escaped = text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** The trimmed text, or null when there is none. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Refuses a text longer than {@code max} at {@code field}. */
    public static void maxLength(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new ValidationFailure("field.tooLong", field);
        }
    }

    /**
     * A text that must be there: stripped of surrounding blanks, refused with {@code key} at {@code
     * field} when blank and as too long when longer than {@code max}.
     */
    public static String required(String value, int max, String key, String field) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new ValidationFailure(key, field);
        }
        if (stripped.length() > max) {
            throw new ValidationFailure("field.tooLong", field);
        }
        return stripped;
    }

    /**
     * Whether another row of {@code type} in the current tenant already has {@code value} in the
     * text attribute {@code attribute}, whatever its case; {@code ownId} is the row being saved (null
     * for a new one).
     */
    public static boolean taken(EntityManager em, Class<?> type, String attribute, String value, Long ownId) {
        return em.createQuery(
                                "select count(e) from "
                                        + em.getMetamodel().entity(type).getName() + " e where lower(e." + attribute
                                        + ") = :value and e.id <> :id",
                                Long.class)
                        .setParameter("value", value.toLowerCase(Locale.ROOT))
                        .setParameter("id", ownId == null ? -1L : ownId)
                        .getSingleResult()
                > 0;
    }

    /**
     * A row of the current tenant as the user last saw it: not found as below, and a conflict when
     * someone saved it since ({@code version} is the version the user's page was loaded with).
     */
    public static <T extends Versioned> T find(EntityManager em, Class<T> type, long id, long version) {
        T found = find(em, type, id);
        if (found.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return found;
    }

    /**
     * A row of the current tenant by id with what its entity graph {@code graph} names loaded. A
     * query rather than {@code em.find}, which skips the graph when the row is already in the
     * persistence context.
     */
    public static <T> T find(EntityManager em, Class<T> type, long id, String graph) {
        return em.createQuery("select e from " + em.getMetamodel().entity(type).getName() + " e where e.id = :id", type)
                .setParameter("id", id)
                .setHint(LOAD_GRAPH, em.getEntityGraph(graph))
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(type.getSimpleName()));
    }

    /**
     * A row of the current tenant that the user chose by id from a list the page offered, such as
     * one of the initiative's societal effects. An id the list could not have held (another
     * initiative's, or a row deleted since the page opened) is refused with {@code messageKey} at
     * {@code field}, rather than "not found": the user can reload and choose again.
     */
    public static <T> T known(EntityManager em, Class<T> type, long id, String messageKey, String field) {
        T found = em.find(type, id);
        if (found == null) {
            throw new ValidationFailure(messageKey, field);
        }
        return found;
    }

    /** Every row chosen by id as {@link #known} finds one, in the order chosen and each once. */
    public static <T> List<T> knownAll(
            EntityManager em, Class<T> type, List<Long> ids, String messageKey, String field) {
        List<T> result = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids == null ? List.<Long>of() : ids)) {
            if (id == null) {
                throw new ValidationFailure(messageKey, field);
            }
            result.add(known(em, type, id, messageKey, field));
        }
        return result;
    }

    /** A row of the current tenant by id; any other id is not found, whoever it belongs to. */
    public static <T> T find(EntityManager em, Class<T> type, long id) {
        T found = em.find(type, id);
        if (found == null) {
            throw new NotFoundException(type.getSimpleName());
        }
        return found;
    }
}
