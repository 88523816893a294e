package nl.cmostamm.portal.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import nl.cmostamm.portal.shared.ValidationFailure;
import org.junit.jupiter.api.Test;

/**
 * Whom a request looks for, and the reference that outlives an erasure: a name or an address is
 * needed, a lone letter would sweep up everyone, and the reference may never carry the person.
 */
class PersonQueryTest {

    @Test
    void aNameAnAddressOrBothAreTakenTrimmedAndTheAddressInLowerCase() {
        PersonQuery both = PersonQuery.of("  Hilje   Visser ", " Hilje.Visser@Example.NL ");
        assertEquals("Hilje Visser", both.name());
        assertEquals("hilje.visser@example.nl", both.email());
        assertNull(PersonQuery.of("Hilje", " ").email());
        assertNull(PersonQuery.of("", "h@example.nl").name());
    }

    @Test
    void nothingALoneLetterOrABrokenAddressIsRefusedAtItsField() {
        assertEquals("name", refusal(() -> PersonQuery.of(" ", null)).getField());
        assertEquals(
                "person.query.name", refusal(() -> PersonQuery.of("H", null)).getMessageKey());
        assertEquals(
                "person.query.name", refusal(() -> PersonQuery.of("%_", null)).getMessageKey());
        assertEquals(
                "person.query.email",
                refusal(() -> PersonQuery.of(null, "hilje@")).getMessageKey());
    }

    @Test
    void patternsFindTheTextAnywhereAndTakeWildcardsAsThemselves() {
        PersonQuery query = PersonQuery.of("Jan_de 100%", "jan@example.nl");
        assertEquals("%jan\\_de 100\\%%", query.namePattern());
        assertEquals("%jan@example.nl%", query.emailPattern());
        assertEquals("jan@example.nl", query.exactEmail());
        PersonQuery nameOnly = PersonQuery.of("Jan", null);
        assertEquals("", nameOnly.emailPattern(), "an empty pattern switches the comparison off");
        assertEquals("", nameOnly.exactEmail());
        assertEquals("", PersonQuery.of(null, "jan@example.nl").namePattern());
    }

    @Test
    void theReferenceIsAShortCodeThatNeverNamesThePerson() {
        PersonQuery query = PersonQuery.of("Hilje Visser", "hvisser@example.nl");
        assertEquals("AVG-2026/014", query.reference("  AVG-2026/014 "));
        assertEquals(
                "person.reference.invalid", refusal(() -> query.reference("")).getMessageKey());
        assertEquals(
                "person.reference.invalid",
                refusal(() -> query.reference("<script>")).getMessageKey());
        assertEquals(
                "person.reference.invalid",
                refusal(() -> query.reference("x".repeat(41))).getMessageKey());
        assertEquals(
                "person.reference.personal",
                refusal(() -> query.reference("AVG visser 1")).getMessageKey());
        assertEquals(
                "person.reference.personal",
                refusal(() -> query.reference("hvisser-2026")).getMessageKey());
        assertEquals("reference", refusal(() -> query.reference("Hilje")).getField());
    }

    private static ValidationFailure refusal(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(ValidationFailure.class, call);
    }
}
