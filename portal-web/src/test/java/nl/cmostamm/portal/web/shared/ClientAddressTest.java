package nl.cmostamm.portal.web.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXY = Set.of("10.0.0.5");

    @Test
    void withoutATrustedProxyTheConnectionCounts() {
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", null, Set.of()));
        assertEquals(
                "203.0.113.9",
                ClientAddress.of("203.0.113.9", "198.51.100.1", Set.of()),
                "a client's own header is ignored");
        assertEquals("203.0.113.9", ClientAddress.of("203.0.113.9", "198.51.100.1", PROXY), "not from the proxy");
    }

    @Test
    void fromTheTrustedProxyTheLastForwardedAddressCounts() {
        assertEquals("198.51.100.1", ClientAddress.of("10.0.0.5", "198.51.100.1", PROXY));
        assertEquals(
                "198.51.100.1",
                ClientAddress.of("10.0.0.5", "6.6.6.6, 198.51.100.1", PROXY),
                "what the client wrote before the proxy's entry does not count");
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", " ", PROXY), "an empty header: the proxy's own");
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", null, PROXY), "the proxy's own health checks");
    }
}
