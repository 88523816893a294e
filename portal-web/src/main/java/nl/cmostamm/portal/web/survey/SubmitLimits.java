package nl.cmostamm.portal.web.survey;

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
 * Per-address limits on the public survey side: how many answers one address may submit a minute
 * (a community centre's tablet shared by many stays well below it, a script does not), and how
 * many unknown links it may try (guessing a 256-bit token is hopeless, but it should also be
 * slow). The addresses are held in memory only, for the current minute, and never stored with
 * answers. Each server of a cluster counts for itself.
 */
@ApplicationScoped
public class SubmitLimits {

    /** More addresses than this and the counts start afresh, so memory stays bounded. */
    private static final int MAX_ADDRESSES = 100_000;

    @Inject
    @ConfigProperty(name = PortalConfig.SURVEY_SUBMITS_PER_MINUTE, defaultValue = "10")
    int submitsPerMinute;

    @Inject
    @ConfigProperty(name = PortalConfig.SURVEY_UNKNOWN_LINKS_PER_MINUTE, defaultValue = "20")
    int unknownLinksPerMinute;

    private final Map<String, Bucket> submits = new ConcurrentHashMap<>();
    private final Map<String, Bucket> unknownLinks = new ConcurrentHashMap<>();

    /** Takes one submit of the address's allowance; false when it has none left this minute. */
    public boolean trySubmit(String address) {
        return take(submits, address, submitsPerMinute);
    }

    /** Counts a try of an unknown link; false when the address has tried too many this minute. */
    public boolean tryUnknownLink(String address) {
        return take(unknownLinks, address, unknownLinksPerMinute);
    }

    /** Whether the address may still look at links, without counting anything. */
    public boolean mayLookUp(String address) {
        Bucket bucket = unknownLinks.get(address);
        return bucket == null || bucket.getAvailableTokens() > 0;
    }

    private static boolean take(Map<String, Bucket> buckets, String address, int perMinute) {
        if (buckets.size() > MAX_ADDRESSES) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(address, a -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillIntervally(perMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsume(1);
    }
}
