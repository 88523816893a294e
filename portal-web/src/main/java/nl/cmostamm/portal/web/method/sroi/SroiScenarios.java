package nl.cmostamm.portal.web.method.sroi;

import java.math.BigDecimal;
import java.util.List;
import java.util.StringJoiner;
import nl.cmostamm.portal.method.sroi.ImpactMap;
import nl.cmostamm.portal.method.sroi.SroiScenario;
import nl.cmostamm.portal.method.sroi.calculation.Calculation;
import nl.cmostamm.portal.method.sroi.calculation.Result;
import nl.cmostamm.portal.method.sroi.calculation.Scenario;
import nl.cmostamm.portal.method.sroi.calculation.SroiEngine;
import nl.cmostamm.portal.web.shared.Formats;
import nl.cmostamm.portal.web.shared.Texts;

/** The saved scenarios of a map as the engine values them, with their changes in words. */
public final class SroiScenarios {

    private static final Formats FORMATS = new Formats();

    private SroiScenarios() {}

    /** A scenario, what it changes, and the map's result under it (null when it cannot be calculated). */
    public record Figure(SroiScenario scenario, String description, Result result) {}

    static List<Figure> figures(ImpactMap map) {
        Calculation base = map.calculation();
        return map.scenarios().stream()
                .map(s -> {
                    Calculation changed = scenario(s).apply(base);
                    return new Figure(
                            s, description(s), changed.problems().isEmpty() ? SroiEngine.calculate(changed) : null);
                })
                .toList();
    }

    static Scenario scenario(SroiScenario s) {
        return new Scenario(
                s.getProxyChange(),
                s.getDeadweightChange(),
                s.getAttributionChange(),
                s.getDurationChange(),
                s.getDiscountRate(),
                s.getDiscountFirstYear());
    }

    static String description(SroiScenario s) {
        StringJoiner changes = new StringJoiner("; ");
        if (s.getProxyChange().signum() != 0) {
            changes.add(Texts.text(
                    "sroi.scenario.says.proxy", signed(s.getProxyChange().movePointRight(2)) + " %"));
        }
        if (s.getDeadweightChange().signum() != 0) {
            changes.add(Texts.text(
                    "sroi.scenario.says.deadweight",
                    signed(s.getDeadweightChange().movePointRight(2))));
        }
        if (s.getAttributionChange().signum() != 0) {
            changes.add(Texts.text(
                    "sroi.scenario.says.attribution",
                    signed(s.getAttributionChange().movePointRight(2))));
        }
        if (s.getDurationChange() != 0) {
            changes.add(Texts.text("sroi.scenario.says.duration", signed(BigDecimal.valueOf(s.getDurationChange()))));
        }
        if (s.getDiscountRate() != null) {
            changes.add(Texts.text("sroi.scenario.says.rate", FORMATS.percent(s.getDiscountRate())));
        }
        if (s.getDiscountFirstYear() != null) {
            changes.add(Texts.text(s.getDiscountFirstYear() ? "sroi.firstYear.true" : "sroi.firstYear.false"));
        }
        return changes.length() == 0 ? Texts.text("sroi.scenario.says.nothing") : changes.toString();
    }

    private static String signed(BigDecimal value) {
        String digits = FORMATS.plain(value.abs());
        return (value.signum() > 0 ? "+" : value.signum() < 0 ? "-" : "") + digits;
    }
}
