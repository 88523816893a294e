package nl.cmostamm.portal.web.method.effect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.cmostamm.portal.method.effect.Reading;
import org.junit.jupiter.api.Test;

/** The figures of a wave comparison in Dutch notation, as a report prints them. */
class FiguresTest {

    private static final String MINUS = "\u2212";
    private static final String NBSP = "\u00a0";

    @Test
    void numbersHaveADecimalCommaAndARealMinusSign() {
        assertEquals("2,35", Figures.number(2.345, 2), "half up, as the other figures of the portal");
        assertEquals(MINUS + "1.234,5", Figures.number(-1234.5, 1));
        assertEquals("3", Figures.number(2.5, 0));
        assertEquals("0,00", Figures.number(-0.004, 2), "no minus before a figure that rounds to zero");
        assertEquals("", Figures.number(Double.NaN, 2));
        assertEquals("", Figures.number(Double.POSITIVE_INFINITY, 2));
    }

    @Test
    void aDifferenceCarriesItsSignUnlessItRoundsToZero() {
        assertEquals("+0,40", Figures.signed(0.4, 2));
        assertEquals(MINUS + "0,90", Figures.signed(-0.9, 2));
        assertEquals("0,00", Figures.signed(0.001, 2));
        assertEquals("0,00", Figures.signed(-0.004, 2));
        assertEquals("+12", Figures.signed(11.6, 0));
        assertEquals("", Figures.signed(Double.NaN, 2));
    }

    @Test
    void pValuesAreWrittenToThreeDecimalsAndTheSmallestAsAnUpperBound() {
        assertEquals("p" + NBSP + "=" + NBSP + "0,012", Figures.pValue(0.0123));
        assertEquals("p" + NBSP + "=" + NBSP + "0,001", Figures.pValue(0.001));
        assertEquals("p" + NBSP + "<" + NBSP + "0,001", Figures.pValue(0.00049));
        assertEquals("p" + NBSP + "<" + NBSP + "0,001", Figures.pValue(0));
        assertEquals("p" + NBSP + "=" + NBSP + "1,000", Figures.pValue(1.0000000002), "never above one");
        assertEquals("", Figures.pValue(Double.NaN));
    }

    @Test
    void sharesAreWholePercentages() {
        assertEquals("40" + NBSP + "%", Figures.percent(0.4));
        assertEquals("13" + NBSP + "%", Figures.percent(0.125));
        assertEquals("0" + NBSP + "%", Figures.percent(0));
        assertEquals("", Figures.percent(Double.NaN));
    }

    @Test
    void onlyAReadingThatClaimsADifferenceGetsTheCaveat() {
        assertTrue(Figures.claimsADifference(Reading.HIGHER));
        assertTrue(Figures.claimsADifference(Reading.LOWER));
        assertTrue(Figures.claimsADifference(Reading.DIFFERENT));
        assertFalse(Figures.claimsADifference(Reading.NO_CLEAR_DIFFERENCE));
        assertFalse(Figures.claimsADifference(Reading.TOO_FEW));
        assertFalse(Figures.claimsADifference(Reading.TOO_FEW_PER_OPTION));
    }
}
