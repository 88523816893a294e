package nl.cmostamm.portal.method.chooser;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of enum constants as one text column ({@code LEARNING,RECOGNITION}), in declaration order.
 * The chooser's few multiple choices stay on their row, under its row-level security, and a CHECK
 * in the migration admits only known names.
 */
final class EnumText {

    private EnumText() {}

    static <E extends Enum<E>> String join(Set<E> values) {
        return values.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> split(String text, Class<E> type) {
        EnumSet<E> values = EnumSet.noneOf(type);
        if (text != null && !text.isEmpty()) {
            for (String name : text.split(",")) {
                values.add(Enum.valueOf(type, name));
            }
        }
        return Collections.unmodifiableSet(values);
    }
}
