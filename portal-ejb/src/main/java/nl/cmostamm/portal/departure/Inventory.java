package nl.cmostamm.portal.departure;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import nl.cmostamm.portal.initiative.InitiativeStatus;

/**
 * What an initiative holds, kind by kind, as the leave page shows it before the export and the
 * purge: the counts come from the same tables and conditions as the export itself.
 *
 * @param lastExport when its last complete export was made, or {@code null} when none was
 */
public record Inventory(
        long initiativeId,
        String name,
        String slug,
        InitiativeStatus status,
        List<Count> counts,
        OffsetDateTime lastExport)
        implements Serializable {

    /** The number of rows of one kind of record. */
    public record Count(InitiativeTables.Kind kind, long rows) implements Serializable {}

    public long totalRows() {
        return counts.stream().mapToLong(Count::rows).sum();
    }
}
