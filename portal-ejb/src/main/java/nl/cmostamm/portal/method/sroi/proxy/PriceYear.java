package nl.cmostamm.portal.method.sroi.proxy;

import java.time.LocalDate;

/**
 * The year a proxy's amount is priced in, and the one rule for when it has grown old: more than
 * five years before today's year. A map shows such a proxy with a warning rather than refusing it,
 * because an old price from a good source can still be the best there is; the advisor decides
 * whether to index it. Pure, so the library, the impact map and their tests share one answer.
 */
public final class PriceYear {

    /** The earliest price year the library takes. */
    public static final int FIRST = 1990;

    /** The latest price year the library takes. */
    public static final int LAST = 2100;

    /** How many years a price may be behind the current year before it counts as old. */
    public static final int MAXIMUM_AGE = 5;

    private PriceYear() {}

    /** Whether {@code priceYear} lies more than five years before {@code today}'s year (2020 in 2026: yes; 2021: no). */
    public static boolean isOlderThanFiveYears(int priceYear, LocalDate today) {
        return today.getYear() - priceYear > MAXIMUM_AGE;
    }

    /** Whether the library takes {@code priceYear} at all. */
    public static boolean isAllowed(int priceYear) {
        return priceYear >= FIRST && priceYear <= LAST;
    }
}
