package nl.cmostamm.portal.web.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cmostamm.portal.shared.PortalConfig;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The network address a per-address limit counts for: the connection's, unless the connection
 * comes from a proxy named in {@code portal.trusted.proxies} (HAProxy in front of a cluster), whose
 * {@code X-Forwarded-For} then names the client. Only the last entry counts, the one the proxy
 * itself added, so a client cannot choose its own address by sending the header.
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"), trustedProxies());
    }

    static String of(String connection, String forwarded, Set<String> trustedProxies) {
        if (forwarded == null || !trustedProxies.contains(connection)) {
            return connection;
        }
        String client = forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
        return client.isEmpty() ? connection : client;
    }

    private static Set<String> trustedProxies() {
        return ConfigProvider.getConfig()
                .getOptionalValue(PortalConfig.TRUSTED_PROXIES, String.class)
                .map(list -> Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}
