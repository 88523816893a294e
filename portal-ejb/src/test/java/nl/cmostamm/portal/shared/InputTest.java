package nl.cmostamm.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class InputTest {

    @Test
    void theDutchDateReadsBackWhatItWritesAndRefusesADayThatDoesNotExist() {
        assertEquals("05-03-2026", Input.DUTCH_DATE.format(LocalDate.of(2026, 3, 5)));
        assertEquals(LocalDate.of(2028, 2, 29), LocalDate.parse("29-02-2028", Input.DUTCH_DATE));

        assertThrows(DateTimeParseException.class, () -> LocalDate.parse("31-02-2026", Input.DUTCH_DATE));
        assertThrows(DateTimeParseException.class, () -> LocalDate.parse("29-02-2026", Input.DUTCH_DATE));
    }
}
