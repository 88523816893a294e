package nl.cmostamm.portal.maintenance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The counts of a run as kept in its row: {@code workshopAnswers=3;tokens=12}. */
final class RetentionCounts {

    private RetentionCounts() {}

    static String format(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    static Map<String, Integer> parse(String text) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (text == null || text.isEmpty()) {
            return counts;
        }
        for (String pair : text.split(";")) {
            int equals = pair.indexOf('=');
            counts.put(pair.substring(0, equals), Integer.valueOf(pair.substring(equals + 1)));
        }
        return counts;
    }
}
