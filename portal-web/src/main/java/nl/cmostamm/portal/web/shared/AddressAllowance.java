package nl.cmostamm.portal.web.shared;

import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.cmostamm.portal.web.cluster.DataGrid;

/**
 * How many times one network address may do something in a window (submit survey answers, try
 * unknown links, fail to log in): a bucket4j bucket per address, refilled whole at the end of the
 * window.
 *
 * <p>On a cluster the buckets live in the Data Grid, one map per kind of limit, so an address has
 * one allowance whichever node it reaches (bucket4j's compare-and-swap store: the grid holds plain
 * byte arrays and never needs the portal's classes); an entry expires a window after its last use.
 * On a single node they are held in memory; past {@value #MAX_ADDRESSES} addresses the counts start
 * afresh, so memory stays bounded.
 */
public final class AddressAllowance {

    static final int MAX_ADDRESSES = 100_000;
    static final String MAP_PREFIX = "portal-allowance-";

    private final BucketConfiguration configuration;
    private final Function<String, Bucket> bucketOf;
    private final Function<String, Optional<Bucket>> existing;

    /** An allowance held in this node's memory. */
    public AddressAllowance(int perWindow, Duration window) {
        this.configuration = configuration(perWindow, window);
        Map<String, Bucket> buckets = new ConcurrentHashMap<>();
        this.bucketOf = address -> {
            if (buckets.size() > MAX_ADDRESSES) {
                buckets.clear();
            }
            return buckets.computeIfAbsent(
                    address,
                    a -> Bucket.builder()
                            .addLimit(configuration.getBandwidths()[0])
                            .build());
        };
        this.existing = address -> Optional.ofNullable(buckets.get(address));
    }

    private AddressAllowance(String name, int perWindow, Duration window, HazelcastInstance grid) {
        this.configuration = configuration(perWindow, window);
        String mapName = MAP_PREFIX + name;
        // the same settings on every node; an address untouched for a window is full again anyway
        grid.getConfig()
                .addMapConfig(new MapConfig(mapName).setTimeToLiveSeconds((int) Math.max(1, window.toSeconds())));
        IMap<String, byte[]> states = grid.getMap(mapName);
        ProxyManager<String> buckets =
                Bucket4jHazelcast.<String>casBasedBuilder(states).build();
        this.bucketOf = address -> buckets.builder().build(address, () -> configuration);
        // whether the address has a bucket at all, without creating one
        this.existing =
                address -> states.containsKey(address) ? Optional.of(bucketOf.apply(address)) : Optional.empty();
    }

    /**
     * The allowance {@code name} (one per kind of limit), shared by all nodes when this node is part
     * of a Data Grid and held in memory otherwise.
     */
    public static AddressAllowance of(String name, int perWindow, Duration window, DataGrid grid) {
        return grid.member()
                .map(member -> new AddressAllowance(name, perWindow, window, member))
                .orElseGet(() -> new AddressAllowance(perWindow, window));
    }

    private static BucketConfiguration configuration(int perWindow, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(perWindow)
                        .refillIntervally(perWindow, window)
                        .build())
                .build();
    }

    /** Takes one of the address's allowance; false when it has none left in this window. */
    public boolean take(String address) {
        return bucketOf.apply(address).tryConsume(1);
    }

    /** Whether the address has any of its allowance left, without taking any. */
    public boolean hasLeft(String address) {
        return existing.apply(address).map(b -> b.getAvailableTokens() > 0).orElse(true);
    }
}
