package nl.cmostamm.portal.web.shared;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many times one network address may do something in a window (submit survey answers, try
 * unknown links, fail to log in): a bucket4j bucket per address, refilled whole at the end of the
 * window. Addresses are held in memory only; past {@value #MAX_ADDRESSES} of them the counts start
 * afresh, so memory stays bounded. Each server of a cluster counts for itself.
 */
public final class AddressAllowance {

    static final int MAX_ADDRESSES = 100_000;

    private final int perWindow;
    private final Duration window;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public AddressAllowance(int perWindow, Duration window) {
        this.perWindow = perWindow;
        this.window = window;
    }

    /** Takes one of the address's allowance; false when it has none left in this window. */
    public boolean take(String address) {
        if (buckets.size() > MAX_ADDRESSES) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(
                        address,
                        a -> Bucket.builder()
                                .addLimit(Bandwidth.builder()
                                        .capacity(perWindow)
                                        .refillIntervally(perWindow, window)
                                        .build())
                                .build())
                .tryConsume(1);
    }

    /** Whether the address has any of its allowance left, without taking any. */
    public boolean hasLeft(String address) {
        Bucket bucket = buckets.get(address);
        return bucket == null || bucket.getAvailableTokens() > 0;
    }
}
