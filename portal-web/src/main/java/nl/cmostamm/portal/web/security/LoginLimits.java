package nl.cmostamm.portal.web.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.cmostamm.portal.shared.PortalConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed logins per network address, over all accounts: the account pause stops guessing one
 * person's password, this stops trying a few passwords on many accounts. Only failures count, so
 * an office or community centre whose people log in successfully is never slowed down. Addresses
 * are held in memory for the current window only; each server of a cluster counts for itself.
 */
@ApplicationScoped
public class LoginLimits {

    static final Duration WINDOW = Duration.ofMinutes(15);
    /** More addresses than this and the counts start afresh, so memory stays bounded. */
    private static final int MAX_ADDRESSES = 100_000;

    @Inject
    @ConfigProperty(name = PortalConfig.LOGIN_FAILURES_PER_ADDRESS, defaultValue = "30")
    int failuresPerAddress;

    private final Map<String, Bucket> failures = new ConcurrentHashMap<>();

    /** Whether the address may still try to log in. */
    public boolean mayTry(String address) {
        Bucket bucket = failures.get(address);
        return bucket == null || bucket.getAvailableTokens() > 0;
    }

    public void failed(String address) {
        if (failures.size() > MAX_ADDRESSES) {
            failures.clear();
        }
        failures.computeIfAbsent(address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(failuresPerAddress).refillIntervally(failuresPerAddress, WINDOW).build())
                .build()).tryConsume(1);
    }
}
