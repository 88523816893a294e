package nl.cmostamm.portal.method.sroi.proxy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.shared.ValidationFailure;

/**
 * What a proxy must be before the library keeps it, as pure rules the service applies first (the
 * one rule that needs the database, a unique name, is the service's). Each refusal names the form's
 * field and a bundle key of the text {@code proxy.*}. The database checks the same (V12), so a
 * proxy written past the application cannot break them either.
 */
final class ProxyRules {

    /** The largest amount NUMERIC(14, 2) holds: twelve digits before the decimal comma. */
    static final BigDecimal MAXIMUM_VALUE = new BigDecimal("999999999999.99");

    private ProxyRules() {}

    /** Refuses the first thing in {@code form} that does not fit, at its field. */
    static void check(ProxyForm form) {
        required(form.getName(), 200, "proxy.name", "name");
        Input.maxLength(Input.blankToNull(form.getNameEn()), 200, "nameEn");
        Input.maxLength(Input.blankToNull(form.getDescription()), 2000, "description");
        checkValue(form.getValue());
        required(form.getUnit(), 100, "proxy.unit", "unit");
        Input.maxLength(Input.blankToNull(form.getUnitEn()), 100, "unitEn");
        if (form.getPriceYear() == null) {
            throw new ValidationFailure("proxy.priceYear.required", "priceYear");
        }
        if (!PriceYear.isAllowed(form.getPriceYear())) {
            throw new ValidationFailure("proxy.priceYear.range", "priceYear");
        }
        required(form.getSourceTitle(), 300, "proxy.sourceTitle", "sourceTitle");
        required(form.getSourcePublisher(), 200, "proxy.sourcePublisher", "sourcePublisher");
        required(form.getSourceUrl(), 500, "proxy.sourceUrl", "sourceUrl");
        if (!isWebAddress(form.getSourceUrl().strip())) {
            throw new ValidationFailure("proxy.sourceUrl.invalid", "sourceUrl");
        }
        Input.maxLength(Input.blankToNull(form.getNotes()), 4000, "notes");
        if (form.getOutcomes() == null || form.getOutcomes().length == 0) {
            throw new ValidationFailure("proxy.outcomes.required", "outcomes");
        }
    }

    private static void checkValue(BigDecimal value) {
        if (value == null) {
            throw new ValidationFailure("proxy.value.required", "value");
        }
        if (value.signum() <= 0) {
            throw new ValidationFailure("proxy.value.positive", "value");
        }
        if (value.stripTrailingZeros().scale() > 2) {
            // NUMERIC(14, 2) would round 12,345 to 12,35: refused rather than changed
            throw new ValidationFailure("proxy.value.cents", "value");
        }
        if (value.compareTo(MAXIMUM_VALUE) > 0) {
            throw new ValidationFailure("proxy.value.tooLarge", "value");
        }
    }

    /**
     * Whether {@code url} is an absolute http or https address with a host, and nothing else: a
     * link in the library is opened by whoever reads it, so "javascript:" and the like never get in.
     */
    static boolean isWebAddress(String url) {
        if (url == null || url.isEmpty() || url.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http"))
                    && uri.getHost() != null
                    && !uri.getHost().isEmpty();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void required(String value, int max, String key, String field) {
        if (value == null || value.isBlank()) {
            throw new ValidationFailure(key + ".required", field);
        }
        if (value.strip().length() > max) {
            throw new ValidationFailure("field.tooLong", field);
        }
    }
}
