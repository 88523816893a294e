package nl.cmostamm.portal.web.survey;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import nl.cmostamm.portal.shared.PortalConfig;
import nl.cmostamm.portal.web.cluster.DataGrid;
import nl.cmostamm.portal.web.shared.AddressAllowance;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Per-address limits on the public survey side: how many answers one address may submit a minute
 * (a community centre's tablet shared by many stays well below it, a script does not), and how
 * many unknown links it may try (guessing a 256-bit token is hopeless, but it should also be
 * slow). The addresses are held in memory only, for the current minute, and never stored with
 * answers.
 */
@ApplicationScoped
public class SubmitLimits {

    @Inject
    @ConfigProperty(name = PortalConfig.SURVEY_SUBMITS_PER_MINUTE, defaultValue = "10")
    int submitsPerMinute;

    @Inject
    @ConfigProperty(name = PortalConfig.SURVEY_UNKNOWN_LINKS_PER_MINUTE, defaultValue = "20")
    int unknownLinksPerMinute;

    @Inject
    DataGrid grid;

    private AddressAllowance submits;
    private AddressAllowance unknownLinks;

    @PostConstruct
    void init() {
        submits = AddressAllowance.of("survey-submits", submitsPerMinute, Duration.ofMinutes(1), grid);
        unknownLinks = AddressAllowance.of("survey-unknown-links", unknownLinksPerMinute, Duration.ofMinutes(1), grid);
    }

    /** Takes one submit of the address's allowance; false when it has none left this minute. */
    public boolean trySubmit(String address) {
        return submits.take(address);
    }

    /** Counts a try of an unknown link; false when the address has tried too many this minute. */
    public boolean tryUnknownLink(String address) {
        return unknownLinks.take(address);
    }

    /** Whether the address may still look at links, without counting anything. */
    public boolean mayLookUp(String address) {
        return unknownLinks.hasLeft(address);
    }
}
