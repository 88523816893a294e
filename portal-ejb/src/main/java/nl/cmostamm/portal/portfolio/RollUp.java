package nl.cmostamm.portal.portfolio;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One municipality's totals across the initiatives in the reader's portfolio: never a row of any of
 * them. A figure under {@value #SMALL} is withheld here, in the service, so that neither the page
 * nor the spreadsheet can show it: a small total would point at one initiative or a few people. With
 * fewer than {@value #SMALL} initiatives every total is withheld, since each would come close to
 * one initiative's own figures.
 *
 * @param notRefreshed initiatives counted whose figures were never worked out (they add nothing)
 * @param oldest when the least recent of the counted figures was worked out
 */
public record RollUp(
        String municipality,
        Figure initiatives,
        Figure volunteers,
        Figure volunteerHours,
        Figure participants,
        Figure outcomesEvidenced,
        int notRefreshed,
        Instant oldest)
        implements Serializable {

    public static final int SMALL = 5;

    /** A total, or {@code value} null when it is under {@link RollUp#SMALL} (then shown as "< 5"). */
    public record Figure(BigDecimal value) implements Serializable {

        /** A figure not shown because too few initiatives make it up. */
        public static final Figure WITHHELD = new Figure(null);

        static Figure of(BigDecimal total) {
            return new Figure(total.compareTo(BigDecimal.valueOf(SMALL)) < 0 ? null : total);
        }

        public boolean isWithheld() {
            return value == null;
        }
    }
}
