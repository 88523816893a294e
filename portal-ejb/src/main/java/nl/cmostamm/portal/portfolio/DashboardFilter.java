package nl.cmostamm.portal.portfolio;

import java.io.Serializable;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;
import nl.cmostamm.portal.initiative.InitiativeStatus;
import nl.cmostamm.portal.initiative.Province;
import nl.cmostamm.portal.initiative.SocialBasisLevel;
import nl.cmostamm.portal.method.Method;
import nl.cmostamm.portal.method.chooser.Phase;

/**
 * What the dashboard is narrowed to; empty fields do not narrow. {@code withAlert} keeps the
 * initiatives with any alert, {@code alert} those with an alert of one kind.
 *
 * <p>A saved filter is stored as {@link #encode()}'s text; {@link #decode(String)} reads it back and
 * drops what it no longer knows (a value of an enum that was renamed), so an old saved filter
 * narrows less rather than failing.
 */
public record DashboardFilter(
        String text,
        String municipality,
        Province province,
        InitiativeStatus status,
        String theme,
        SocialBasisLevel level,
        Phase phase,
        Method method,
        AlertKind alert,
        boolean withAlert)
        implements Serializable {

    public static final DashboardFilter NONE =
            new DashboardFilter(null, null, null, null, null, null, null, null, null, false);

    /** The dashboard's first view: active initiatives. */
    public static final DashboardFilter ACTIVE =
            new DashboardFilter(null, null, null, InitiativeStatus.ACTIVE, null, null, null, null, null, false);

    public String encode() {
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "text", text);
        put(fields, "municipality", municipality);
        put(fields, "province", province);
        put(fields, "status", status);
        put(fields, "theme", theme);
        put(fields, "level", level);
        put(fields, "phase", phase);
        put(fields, "method", method);
        put(fields, "alert", alert);
        if (withAlert) {
            fields.put("withAlert", "true");
        }
        StringJoiner joined = new StringJoiner("&");
        fields.forEach((k, v) -> joined.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return joined.toString();
    }

    public static DashboardFilter decode(String encoded) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (encoded != null && !encoded.isBlank()) {
            for (String pair : encoded.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    fields.put(
                            pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return new DashboardFilter(
                fields.get("text"),
                fields.get("municipality"),
                known(fields.get("province"), Province::valueOf),
                known(fields.get("status"), InitiativeStatus::valueOf),
                fields.get("theme"),
                known(fields.get("level"), SocialBasisLevel::valueOf),
                known(fields.get("phase"), Phase::valueOf),
                known(fields.get("method"), Method::valueOf),
                known(fields.get("alert"), AlertKind::valueOf),
                "true".equals(fields.get("withAlert")));
    }

    private static void put(Map<String, String> fields, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            fields.put(name, value.toString());
        }
    }

    private static <E> E known(String value, Function<String, E> parse) {
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
