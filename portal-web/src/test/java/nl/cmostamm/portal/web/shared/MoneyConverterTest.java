package nl.cmostamm.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyConverterTest {

    private final MoneyConverter converter = new MoneyConverter();

    @Test
    void anAmountIsShownWithTwoDecimalsAndADecimalCommaAsItIsReadBack() {
        assertEquals("1234,50", converter.getAsString(null, null, new BigDecimal("1234.5")));
        assertEquals("14,06", converter.getAsString(null, null, new BigDecimal("14.06")));
        assertEquals("20000,00", converter.getAsString(null, null, new BigDecimal("20000")));
        assertEquals("", converter.getAsString(null, null, null));
    }

    @Test
    void onlyWholeCentsAreAnAmount() {
        assertTrue(MoneyConverter.inCents(new BigDecimal("12.50")));
        assertTrue(MoneyConverter.inCents(new BigDecimal("12.500")), "a trailing zero is no fraction of a cent");
        assertTrue(MoneyConverter.inCents(new BigDecimal("12")));
        assertFalse(MoneyConverter.inCents(new BigDecimal("12.505")));
    }
}
