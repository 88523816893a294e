package nl.cmostamm.portal.person;

import java.io.Serializable;
import java.util.Map;

/**
 * What an erasure did: the records it erased per kind, the ticked records it found already erased
 * or gone (so a second run does nothing and says so), and whether every initiative was reached.
 */
public record ErasureReport(Map<RecordKind, Integer> erased, Map<RecordKind, Integer> alreadyGone, boolean complete)
        implements Serializable {

    public ErasureReport {
        erased = Map.copyOf(erased);
        alreadyGone = Map.copyOf(alreadyGone);
    }

    public int erasedTotal() {
        return erased.values().stream().mapToInt(Integer::intValue).sum();
    }
}
