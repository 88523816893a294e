package nl.cmostamm.portal.departure;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One line of the knowledge centre's record of purged initiatives: which initiative, by whom, when,
 * whether an export came first, and how many rows each table held. Never any content.
 *
 * @param exportedAt the last complete export before the purge, or {@code null} when the admin
 *     purged without one
 */
public record PurgeRecord(
        long id,
        long initiativeId,
        String name,
        String slug,
        String purgedBy,
        OffsetDateTime purgedAt,
        OffsetDateTime exportedAt,
        Map<String, Long> rowsPerTable)
        implements Serializable {

    public long totalRows() {
        return rowsPerTable.values().stream().mapToLong(Long::longValue).sum();
    }
}
