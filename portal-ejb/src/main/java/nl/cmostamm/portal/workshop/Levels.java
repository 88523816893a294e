package nl.cmostamm.portal.workshop;

import java.util.Locale;
import java.util.Map;
import nl.cmostamm.portal.method.toc.Level;

/**
 * The ToC level a canvas column is named after, in Dutch or English, as the library's chain
 * exercises name their columns (PROBLEEM … IMPACT, PROBLEM … IMPACT).
 */
final class Levels {

    private static final Map<String, Level> NAMES = Map.ofEntries(
            Map.entry("probleem", Level.PROBLEM),
            Map.entry("problem", Level.PROBLEM),
            Map.entry("doel", Level.GOAL),
            Map.entry("goal", Level.GOAL),
            Map.entry("input", Level.INPUT),
            Map.entry("aanpak", Level.ACTIVITY),
            Map.entry("activiteiten", Level.ACTIVITY),
            Map.entry("activities", Level.ACTIVITY),
            Map.entry("activity", Level.ACTIVITY),
            Map.entry("output", Level.OUTPUT),
            Map.entry("outcome", Level.OUTCOME),
            Map.entry("impact", Level.IMPACT));

    private Levels() {}

    /** The level, or null when the name is none of them. */
    static Level named(String column) {
        return column == null ? null : NAMES.get(column.strip().toLowerCase(Locale.ROOT));
    }
}
