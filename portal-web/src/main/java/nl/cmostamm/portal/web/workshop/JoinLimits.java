package nl.cmostamm.portal.web.workshop;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import nl.cmostamm.portal.shared.PortalConfig;
import nl.cmostamm.portal.web.cluster.DataGrid;
import nl.cmostamm.portal.web.shared.AddressAllowance;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-address limits on joining a session. A whole room often shares one address (the venue's
 * wifi), so joins are generous: thirty people joining in a minute is the design point. Wrong codes
 * are not: ten a minute makes guessing one of a billion codes hopeless. Addresses are held in
 * memory for the current minute only.
 */
@ApplicationScoped
public class JoinLimits {

    @Inject
    @ConfigProperty(name = PortalConfig.WORKSHOP_JOINS_PER_MINUTE, defaultValue = "120")
    int joinsPerMinute;

    @Inject
    @ConfigProperty(name = PortalConfig.WORKSHOP_WRONG_CODES_PER_MINUTE, defaultValue = "10")
    int wrongCodesPerMinute;

    @Inject
    DataGrid grid;

    private AddressAllowance joins;
    private AddressAllowance wrongCodes;

    @PostConstruct
    void init() {
        joins = AddressAllowance.of("workshop-joins", joinsPerMinute, Duration.ofMinutes(1), grid);
        wrongCodes = AddressAllowance.of("workshop-wrong-codes", wrongCodesPerMinute, Duration.ofMinutes(1), grid);
    }

    /** Takes one join of the address's allowance; false when it is spent or it guessed too often. */
    public boolean tryJoin(String address) {
        return wrongCodes.hasLeft(address) && joins.take(address);
    }

    public void wrongCode(String address) {
        wrongCodes.take(address);
    }
}
