package nl.cmostamm.portal.method.sroi.proxy;

import java.io.Serializable;

/**
 * What the library is narrowed to: free text over name, description, unit and source; one outcome
 * type; and whether retired proxies are shown too. Empty fields do not narrow.
 */
public record ProxyFilter(String text, OutcomeType outcome, boolean withRetired) implements Serializable {

    /** Every proxy that can be chosen. */
    public static final ProxyFilter ACTIVE = new ProxyFilter(null, null, false);
}
