package nl.cmostamm.portal.shared;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;

/**
 * The editable lists of an initiative (themes, effects, target groups, help categories): a list of
 * names typed as chips, saved as rows. Rows whose name is no longer wanted go, the others keep
 * their id (and so every link to them) and get their new position, new names become new rows.
 */
public final class NamedRows {

    /** The most names a list may hold, and the longest name. */
    public static final int MAX_NAMES = 30;

    public static final int MAX_LENGTH = 120;

    private NamedRows() {}

    public static <T> void replace(
            EntityManager em,
            List<T> existing,
            List<String> wanted,
            Function<T, String> name,
            ObjIntConsumer<T> position,
            BiFunction<String, Integer, T> create) {
        existing.stream().filter(row -> !wanted.contains(name.apply(row))).forEach(em::remove);
        em.flush();
        for (int i = 0; i < wanted.size(); i++) {
            String wantedName = wanted.get(i);
            int index = i;
            existing.stream()
                    .filter(row -> name.apply(row).equals(wantedName))
                    .findFirst()
                    .ifPresentOrElse(
                            row -> position.accept(row, index), () -> em.persist(create.apply(wantedName, index)));
        }
    }

    /**
     * Trimmed, unique, non-empty names of at most {@value #MAX_LENGTH} characters, at most
     * {@value #MAX_NAMES} of them; otherwise refused with {@code messageKey}.
     */
    public static List<String> cleaned(List<String> names, String messageKey) {
        LinkedHashSet<String> result = new LinkedHashSet<>();
        for (String name : names == null ? List.<String>of() : names) {
            String trimmed = name == null ? "" : name.strip();
            if (trimmed.length() > MAX_LENGTH) {
                throw new ValidationFailure(messageKey, null);
            }
            if (!trimmed.isEmpty()) {
                result.add(trimmed);
            }
        }
        if (result.size() > MAX_NAMES) {
            throw new ValidationFailure(messageKey, null);
        }
        return new ArrayList<>(result);
    }
}
