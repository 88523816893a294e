package nl.cmostamm.portal.web.method.sroi;

import java.time.LocalDate;
import java.time.ZoneId;
import nl.cmostamm.portal.method.sroi.proxy.PriceYear;
import nl.cmostamm.portal.method.sroi.proxy.SroiProxy;

/**
 * How a library proxy reads once copied into an outcome: "name (unit)" and its source as one line
 * (title, publisher, link), so the map keeps where the value came from even if the library changes.
 */
final class Proxies {

    private Proxies() {}

    static String description(SroiProxy proxy, boolean english) {
        String name = english ? proxy.getNameEn() : proxy.getName();
        String unit = english && proxy.getUnitEn() != null ? proxy.getUnitEn() : proxy.getUnit();
        // at most 200 + 100 + 3 characters: the map's column holds 400
        return unit == null || unit.isBlank() ? name : name + " (" + unit + ")";
    }

    static String source(SroiProxy proxy) {
        StringBuilder source = new StringBuilder(proxy.getSourceTitle());
        if (proxy.getSourcePublisher() != null && !proxy.getSourcePublisher().isBlank()) {
            source.append(", ").append(proxy.getSourcePublisher());
        }
        if (proxy.getSourceUrl() != null && !proxy.getSourceUrl().isBlank()) {
            source.append(", ").append(proxy.getSourceUrl());
        }
        // at most 300 + 200 + 500 + 4 characters: the map's column holds 1200
        return source.toString();
    }

    /** Priced more than five years before this year, in the Netherlands. */
    static boolean old(int priceYear) {
        return PriceYear.isOlderThanFiveYears(priceYear, LocalDate.now(ZoneId.of("Europe/Amsterdam")));
    }
}
