package nl.cmostamm.portal.portfolio;

import java.io.Serializable;
import nl.cmostamm.portal.initiative.InitiativeStatus;
import nl.cmostamm.portal.initiative.Province;

/**
 * What the portfolio table is narrowed to: free text over name, slug and municipality, one
 * municipality, a province and a status. Empty fields do not narrow.
 */
public record PortfolioFilter(String text, String municipality, Province province, InitiativeStatus status)
        implements Serializable {

    public static final PortfolioFilter NONE = new PortfolioFilter(null, null, null, null);
}
