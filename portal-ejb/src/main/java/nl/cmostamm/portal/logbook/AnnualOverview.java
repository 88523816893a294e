package nl.cmostamm.portal.logbook;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A year of the logbook, as the help desk reports it to its municipality and funders: requests and
 * hours per category, active volunteers, and where requests were referred to.
 */
public record AnnualOverview(
        int year,
        List<CategoryLine> categories,
        int requests,
        BigDecimal hours,
        int activeVolunteers,
        Map<Referral, Integer> referrals,
        int possiblyCompeting)
        implements Serializable {

    public record CategoryLine(String category, int requests, BigDecimal hours) implements Serializable {}

    public int referralCount() {
        return referrals.values().stream().mapToInt(Integer::intValue).sum();
    }
}
