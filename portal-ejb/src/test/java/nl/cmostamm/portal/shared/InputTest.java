package nl.cmostamm.portal.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
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

    @Test
    void numbersInDutchNotationWithOrWithoutMarks() {
        assertEquals(new BigDecimal("12.50"), Input.number("€ 12,50"));
        assertEquals(new BigDecimal("85"), Input.number("85%"));
        assertEquals(new BigDecimal("-3.5"), Input.number("-3.5"));
        assertEquals(new BigDecimal("-3"), Input.number("-3"));
    }

    @Test
    void textThatIsNotExactlyANumberIsNoNumberAtAll() {
        // 1.234,5 could be read two ways: refused rather than guessed
        assertNull(Input.number("1.234,5"));
        assertNull(Input.number("abc"));
        assertNull(Input.number("12abc"));
        assertNull(Input.number("--3"));
        assertNull(Input.number(""));
        assertNull(Input.number("1234567890123"));
    }

    @Test
    void aSearchFindsWhatWasTypedAnywhereAndTakesWildcardsLiterally() {
        assertEquals("%mantelzorg%", Input.containing("  Mantelzorg "));
        assertEquals("%100\\%%", Input.containing("100%"));
        assertEquals("%a\\_b%", Input.containing("a_b"));
        assertEquals("%c:\\\\%", Input.containing("C:\\"));
    }
}
