package nl.cmostamm.portal.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import nl.cmostamm.portal.shared.PortalConfig;
import nl.cmostamm.portal.web.cluster.DataGrid;
import nl.cmostamm.portal.web.shared.AddressAllowance;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed logins per network address, over all accounts: the account pause stops guessing one
 * person's password, this stops trying a few passwords on many accounts. Only failures count, so
 * an office or community centre whose people log in successfully is never slowed down.
 */
@ApplicationScoped
public class LoginLimits {

    static final Duration WINDOW = Duration.ofMinutes(15);

    @Inject
    @ConfigProperty(name = PortalConfig.LOGIN_FAILURES_PER_ADDRESS, defaultValue = "30")
    int failuresPerAddress;

    @Inject
    DataGrid grid;

    private AddressAllowance failures;

    @PostConstruct
    void init() {
        failures = AddressAllowance.of("login-failures", failuresPerAddress, WINDOW, grid);
    }

    /** Whether the address may still try to log in. */
    public boolean mayTry(String address) {
        return failures.hasLeft(address);
    }

    public void failed(String address) {
        failures.take(address);
    }
}
