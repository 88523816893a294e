package nl.cmostamm.portal.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What erasure leaves behind and what a request's records keep: a name taken out of a list with the
 * others left, an address shown only enough to tell namesakes apart, counts that can hold no name,
 * and audit summaries that say what happened and how often, never to whom.
 */
class AnonymisationTest {

    @Test
    void aNameLeavesAListOfNamesWhateverItsCaseAndSpacesAndTheOthersStay() {
        assertEquals(
                "Anja, (geanonimiseerd), Bert", Anonymisation.withoutName("Anja, hilje  VISSER, Bert", "Hilje Visser"));
        assertEquals("Anja, Bert", Anonymisation.withoutName("Anja, Bert", "Hilje Visser"), "not there: unchanged");
        assertEquals(
                "(geanonimiseerd) en (geanonimiseerd)",
                Anonymisation.withoutName("J. (Jan) en j. (jan)", "J. (Jan)"),
                "typed characters are no pattern");
        assertNull(Anonymisation.withoutName(null, "Jan"));
    }

    @Test
    void anAddressIsMaskedToItsFirstAndLastLetterAndItsDomain() {
        assertEquals("h…r@example.nl", Anonymisation.maskEmail("hilje.visser@example.nl"));
        assertEquals("j…@example.nl", Anonymisation.maskEmail("jo@example.nl"));
        assertNull(Anonymisation.maskEmail(null));
        assertNull(Anonymisation.maskEmail(" "));
    }

    @Test
    void countsAreStoredAsKindsAndNumbersOnlyAndReadBack() {
        Map<RecordKind, Integer> counts = new EnumMap<>(RecordKind.class);
        counts.put(RecordKind.STORY, 2);
        counts.put(RecordKind.VOLUNTEER, 1);
        counts.put(RecordKind.ACCOUNT, 0);
        String stored = Anonymisation.encode(counts);
        assertEquals("VOLUNTEER=1;STORY=2", stored);
        assertTrue(stored.matches("^([A-Z_]+=[0-9]+(;[A-Z_]+=[0-9]+)*)?$"), "what the column's check accepts");
        assertEquals(Map.of(RecordKind.VOLUNTEER, 1, RecordKind.STORY, 2), Anonymisation.decode(stored));
        assertEquals(Map.of(), Anonymisation.decode(""));
        assertEquals(Map.of(RecordKind.STORY, 1), Anonymisation.decode("STORY=1;LATER_KIND=3"));
    }

    @Test
    void anAuditSummaryNamesTheReferenceAndTheCountsInDutchAndNothingElse() {
        Map<RecordKind, Integer> counts = new EnumMap<>(RecordKind.class);
        counts.put(RecordKind.STORY, 1);
        counts.put(RecordKind.VOLUNTEER, 2);
        String summary = PersonRecords.summary("Persoonsgegevens gewist", "AVG-7", counts);
        assertEquals("Persoonsgegevens gewist (verzoek AVG-7): vrijwilliger 2, verhaal 1", summary);
        assertFalse(summary.length() > 300, "fits the log's summary column");
    }

    @Test
    void aRecordOfAnInitiativeNamesItAndAnyOtherDoesNot() {
        assertEquals("3:VOLUNTEER:12", new RecordRef(3L, RecordKind.VOLUNTEER, 12).key());
        assertEquals("-:ACCOUNT:4", new RecordRef(null, RecordKind.ACCOUNT, 4).key());
        assertThrows(IllegalArgumentException.class, () -> new RecordRef(null, RecordKind.STORY, 1));
        assertThrows(IllegalArgumentException.class, () -> new RecordRef(3L, RecordKind.ACCOUNT, 1));
    }
}
