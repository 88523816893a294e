package nl.cmostamm.portal.web.method.sroi;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import nl.cmostamm.portal.method.sroi.InputKind;
import nl.cmostamm.portal.method.sroi.SroiAnalysis;
import nl.cmostamm.portal.method.sroi.SroiInput;
import nl.cmostamm.portal.method.sroi.SroiOutcome;
import nl.cmostamm.portal.method.sroi.calculation.Result;
import nl.cmostamm.portal.method.sroi.calculation.Sensitivity;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.web.shared.Formats;
import nl.cmostamm.portal.web.shared.PdfDocuments;

/**
 * An SROI analysis as a PDF for A4, for the municipality's or the fund's file: what it covers and
 * with which settings, the ratio always with its range, the map per stakeholder, every assumption
 * with its reason, the sensitivity and scenarios, and the sources the values rest on. Laid out as
 * XHTML and rendered by openhtmltopdf like the other reports; every typed text is escaped.
 */
final class SroiReport {

    private static final Formats FORMATS = new Formats();

    private SroiReport() {}

    /** {@code text} gives the bundle text of a key in the reader's language. */
    static byte[] pdf(
            Appraisal appraisal,
            List<SroiScenarios.Figure> scenarios,
            ForecastComparison comparison,
            String initiativeName,
            Locale locale,
            Function<String, String> text) {
        SroiAnalysis analysis = appraisal.map().analysis();
        Result result = appraisal.result();
        StringBuilder body = new StringBuilder();
        body.append("<h1>")
                .append(x(analysis.getTitle()))
                .append("</h1><p class=\"sub\">")
                .append(x(initiativeName + " – " + text.apply("sroi.kind." + analysis.getKind()) + " – "
                        + analysis.getPeriodStart().format(Input.DUTCH_DATE) + " – "
                        + analysis.getPeriodEnd().format(Input.DUTCH_DATE) + " – "
                        + text.apply("sroi.status." + analysis.getStatus())))
                .append("</p>");
        body.append("<p class=\"settings\">")
                .append(x(format(
                        text.apply(
                                analysis.isDiscountFirstYear()
                                        ? "sroi.settings.statement.discounted"
                                        : "sroi.settings.statement.notDiscounted"),
                        locale,
                        FORMATS.percent(analysis.getDiscountRate()))))
                .append("</p>");
        if (analysis.getScope() != null) {
            body.append("<p>").append(x(analysis.getScope())).append("</p>");
        }
        body.append("<h2>").append(x(text.apply("sroi.result"))).append("</h2>");
        if (result == null) {
            body.append("<p class=\"note\">")
                    .append(x(text.apply("sroi.notCalculable")))
                    .append("</p>");
        } else {
            Sensitivity.Analysis sensitivity = appraisal.sensitivity();
            body.append("<table class=\"figures\">");
            figure(
                    body,
                    text.apply("sroi.result.ratio"),
                    format(
                            text.apply("sroi.ratio.withRange"),
                            locale,
                            FORMATS.number(result.ratio(), 2),
                            FORMATS.number(sensitivity.lowestRatio(), 2),
                            FORMATS.number(sensitivity.highestRatio(), 2)));
            figure(body, text.apply("sroi.result.presentValue"), FORMATS.money(result.presentValue()));
            figure(body, text.apply("sroi.result.inputs"), FORMATS.money(result.totalInputs()));
            figure(body, text.apply("sroi.result.netPresentValue"), FORMATS.money(result.netPresentValue()));
            figure(
                    body,
                    text.apply("sroi.result.payback"),
                    result.paybackMonths() == null
                            ? text.apply("sroi.result.noPayback")
                            : format(
                                    text.apply("sroi.result.paybackMonths"),
                                    locale,
                                    FORMATS.number(result.paybackMonths(), 2)));
            body.append("</table><p class=\"note\">")
                    .append(x(format(text.apply("sroi.ratio.meaning"), locale, FORMATS.money(result.ratio()))))
                    .append("</p>");
        }
        body.append("<h2>").append(x(text.apply("sroi.map"))).append("</h2>");
        for (Appraisal.Section section : appraisal.sections()) {
            body.append("<h3>")
                    .append(x(section.stakeholder().getGroup().getName()))
                    .append("</h3>");
            inputs(body, section, text);
            outcomes(body, section, text);
        }
        if (comparison != null) {
            comparison(body, comparison, locale, text);
        }
        assumptions(body, appraisal, text);
        if (appraisal.sensitivity() != null) {
            body.append("<h2>")
                    .append(x(text.apply("sroi.sensitivity")))
                    .append("</h2><table><thead><tr><th>")
                    .append(x(text.apply("sroi.sensitivity.assumption")))
                    .append("</th><th class=\"num\">")
                    .append(x(text.apply("sroi.sensitivity.low")))
                    .append("</th><th class=\"num\">")
                    .append(x(text.apply("sroi.sensitivity.high")))
                    .append("</th></tr></thead><tbody>");
            for (Sensitivity.Swing swing : appraisal.sensitivity().swings()) {
                body.append("<tr><td>")
                        .append(x(SroiCharts.label(swing, appraisal.map(), text)))
                        .append("</td><td class=\"num\">")
                        .append(FORMATS.number(swing.lowRatio(), 2))
                        .append("</td><td class=\"num\">")
                        .append(FORMATS.number(swing.highRatio(), 2))
                        .append("</td></tr>");
            }
            body.append("</tbody></table>");
        }
        if (!scenarios.isEmpty()) {
            body.append("<h2>")
                    .append(x(text.apply("sroi.scenarios")))
                    .append("</h2><table><thead><tr><th>")
                    .append(x(text.apply("sroi.scenario.name")))
                    .append("</th><th>")
                    .append(x(text.apply("sroi.scenario.changes")))
                    .append("</th><th class=\"num\">")
                    .append(x(text.apply("sroi.result.ratio")))
                    .append("</th></tr></thead><tbody>");
            for (SroiScenarios.Figure figure : scenarios) {
                body.append("<tr><td>")
                        .append(x(figure.scenario().getName()))
                        .append("</td><td>")
                        .append(x(figure.description()))
                        .append("</td><td class=\"num\">")
                        .append(
                                figure.result() == null
                                        ? x(text.apply("sroi.notCalculable"))
                                        : FORMATS.number(figure.result().ratio(), 2))
                        .append("</td></tr>");
            }
            body.append("</tbody></table>");
        }
        sources(body, appraisal, text);
        String title = x(text.apply("sroi.title") + " – " + analysis.getTitle());
        String html = """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="UTF-8"/><title>%s</title>
                <style>
                  @page { size: A4; margin: 15mm 14mm;
                          @bottom-left { content: "%s"; font-family: sans-serif; font-size: 8pt; color: #4a5560; }
                          @bottom-right { content: counter(page) " / " counter(pages); font-family: sans-serif; font-size: 8pt; color: #4a5560; } }
                  body { font-family: sans-serif; font-size: 9.5pt; color: #1f2933; margin: 0; }
                  h1 { font-size: 16pt; margin: 0 0 2pt 0; } .sub { color: #4a5560; margin: 0 0 3mm 0; }
                  h2 { font-size: 12.5pt; margin: 12pt 0 4pt 0; page-break-after: avoid; color: #1d4f91; }
                  h3 { font-size: 10.5pt; margin: 8pt 0 3pt 0; page-break-after: avoid; }
                  .settings { border-left: 3pt solid #1d4f91; padding-left: 4pt; }
                  .note { font-style: italic; color: #4a5560; }
                  table { border-collapse: collapse; width: 100%%; -fs-table-paginate: paginate; margin-bottom: 4pt; }
                  thead { display: table-header-group; } tr { page-break-inside: avoid; }
                  th, td { border-bottom: 1px solid #c4c9ce; padding: 2pt 3pt; text-align: left; vertical-align: top; }
                  th { background: #eef0f3; } .num { text-align: right; white-space: nowrap; }
                  table.figures th { width: 35%%; background: none; } table.figures td { font-weight: bold; }
                  ol.sources li { margin-bottom: 2pt; }
                </style></head><body>
                %s
                </body></html>
                """.formatted(
                locale.getLanguage(),
                title,
                x(format(
                                text.apply("sroi.report.footer"),
                                locale,
                                LocalDate.now(ZoneId.of("Europe/Amsterdam")).format(Input.DUTCH_DATE)))
                        .replace("\"", "'"),
                body);
        return PdfDocuments.render(html);
    }

    private static void figure(StringBuilder body, String label, String value) {
        body.append("<tr><th>")
                .append(x(label))
                .append("</th><td>")
                .append(x(value))
                .append("</td></tr>");
    }

    private static void inputs(StringBuilder body, Appraisal.Section section, Function<String, String> text) {
        body.append("<table><thead><tr><th>")
                .append(x(text.apply("sroi.inputs")))
                .append("</th><th>")
                .append(x(text.apply("sroi.input.basis")))
                .append("</th><th class=\"num\">")
                .append(x(text.apply("sroi.input.value")))
                .append("</th></tr></thead><tbody>");
        for (SroiInput input : section.inputs()) {
            String basis = input.getKind() == InputKind.VOLUNTEER_TIME
                    ? FORMATS.plain(input.getHours()) + " × " + FORMATS.money(input.getHourlyValue()) + " ("
                            + text.apply("sroi.hoursShown." + input.getHoursFrom()) + ")"
                    : text.apply("sroi.inputKind." + input.getKind())
                            + (input.getValueSource() == null ? "" : " – " + input.getValueSource());
            body.append("<tr><td>")
                    .append(x(input.getDescription()))
                    .append("</td><td>")
                    .append(x(basis))
                    .append("</td><td class=\"num\">")
                    .append(x(FORMATS.money(input.value())))
                    .append("</td></tr>");
        }
        body.append("<tr><th colspan=\"2\">")
                .append(x(text.apply("sroi.total")))
                .append("</th><th class=\"num\">")
                .append(x(FORMATS.money(section.inputTotal())))
                .append("</th></tr></tbody></table>");
    }

    private static void outcomes(StringBuilder body, Appraisal.Section section, Function<String, String> text) {
        if (section.outcomes().isEmpty()) {
            return;
        }
        body.append("<table><thead><tr><th>")
                .append(x(text.apply("sroi.outcomes")))
                .append("</th><th class=\"num\">")
                .append(x(text.apply("sroi.outcome.quantity")))
                .append("</th><th class=\"num\">")
                .append(x(text.apply("sroi.outcome.proxy")))
                .append("</th><th class=\"num\">")
                .append(x(text.apply("sroi.outcome.duration")))
                .append("</th><th class=\"num\">")
                .append(x(text.apply("sroi.outcome.impact")))
                .append("</th><th class=\"num\">")
                .append(x(text.apply("sroi.result.presentValue")))
                .append("</th></tr></thead><tbody>");
        for (int i = 0; i < section.outcomes().size(); i++) {
            SroiOutcome o = section.outcomes().get(i);
            Result.OutcomeValue value =
                    section.values().isEmpty() ? null : section.values().get(i);
            body.append("<tr><td>")
                    .append(x(o.getDescription()))
                    .append("</td><td class=\"num\">")
                    .append(FORMATS.plain(o.getQuantity()))
                    .append("</td><td class=\"num\">")
                    .append(x(FORMATS.money(o.getProxyValue())))
                    .append("</td><td class=\"num\">")
                    .append(o.getDuration())
                    .append("</td><td class=\"num\">")
                    .append(value == null ? "" : x(FORMATS.money(value.impact())))
                    .append("</td><td class=\"num\">")
                    .append(value == null ? "" : x(FORMATS.money(value.presentValue())))
                    .append("</td></tr>");
        }
        body.append("</tbody></table>");
    }

    private static void comparison(
            StringBuilder body, ForecastComparison comparison, Locale locale, Function<String, String> text) {
        body.append("<h2>")
                .append(x(text.apply("sroi.comparison")))
                .append("</h2><p>")
                .append(x(format(text.apply("sroi.comparison.help"), locale, comparison.forecastTitle())))
                .append("</p><table><thead><tr><th>")
                .append(x(text.apply("sroi.outcome.description")));
        for (String key : List.of(
                "sroi.comparison.forecastQuantity",
                "sroi.comparison.quantity",
                "sroi.comparison.forecastValue",
                "sroi.comparison.value",
                "sroi.comparison.difference")) {
            body.append("</th><th class=\"num\">").append(x(text.apply(key)));
        }
        body.append("</th></tr></thead><tbody>");
        for (ForecastComparison.Row row : comparison.rows()) {
            body.append("<tr><td>")
                    .append(x(row.description() + " (" + row.stakeholder() + ")"))
                    .append("</td><td class=\"num\">")
                    .append(
                            row.forecastQuantity() == null
                                    ? x(text.apply("sroi.comparison.notForecast"))
                                    : FORMATS.plain(row.forecastQuantity()))
                    .append("</td><td class=\"num\">")
                    .append(
                            row.quantity() == null
                                    ? x(text.apply("sroi.comparison.notMeasured"))
                                    : FORMATS.plain(row.quantity()))
                    .append("</td><td class=\"num\">")
                    .append(x(FORMATS.money(row.forecastValue())))
                    .append("</td><td class=\"num\">")
                    .append(x(FORMATS.money(row.value())))
                    .append("</td><td class=\"num\">")
                    .append(x(FORMATS.money(row.difference())))
                    .append("</td></tr>");
        }
        body.append("</tbody></table>");
    }

    /** Per outcome its four deductions with the board's reasons: what a reviewer asks about first. */
    private static void assumptions(StringBuilder body, Appraisal appraisal, Function<String, String> text) {
        if (appraisal.map().outcomes().isEmpty()) {
            return;
        }
        body.append("<h2>")
                .append(x(text.apply("sroi.report.assumptions")))
                .append("</h2><table><thead><tr><th>")
                .append(x(text.apply("sroi.outcome.description")))
                .append("</th><th>")
                .append(x(text.apply("sroi.sensitivity.assumption")))
                .append("</th><th class=\"num\">%</th><th>")
                .append(x(text.apply("sroi.outcome.why")))
                .append("</th></tr></thead><tbody>");
        for (SroiOutcome o : appraisal.map().outcomes()) {
            String outcome =
                    o.getDescription() + " (" + o.getStakeholder().getGroup().getName() + ")";
            deduction(body, outcome, text.apply("sroi.outcome.deadweight"), o.getDeadweight(), o.getDeadweightWhy());
            deduction(body, "", text.apply("sroi.outcome.displacement"), o.getDisplacement(), o.getDisplacementWhy());
            deduction(body, "", text.apply("sroi.outcome.attribution"), o.getAttribution(), o.getAttributionWhy());
            deduction(body, "", text.apply("sroi.outcome.dropOff"), o.getDropOff(), o.getDropOffWhy());
        }
        body.append("</tbody></table>");
    }

    private static void deduction(
            StringBuilder body, String outcome, String name, java.math.BigDecimal value, String why) {
        body.append("<tr><td>")
                .append(x(outcome))
                .append("</td><td>")
                .append(x(name))
                .append("</td><td class=\"num\">")
                .append(x(FORMATS.percent(value)))
                .append("</td><td>")
                .append(x(why))
                .append("</td></tr>");
    }

    /** Every source the figures rest on, once: proxies, estimates and the values of inputs. */
    private static void sources(StringBuilder body, Appraisal appraisal, Function<String, String> text) {
        Set<String> sources = new LinkedHashSet<>();
        for (SroiOutcome o : appraisal.map().outcomes()) {
            sources.add(o.getProxyDescription() + ": " + o.getProxySource()
                    + (o.getProxyPriceYear() == null ? "" : " (" + o.getProxyPriceYear() + ")"));
            if (o.getEstimateSource() != null) {
                sources.add(o.getDescription() + ": " + o.getEstimateSource());
            }
        }
        for (SroiInput input : appraisal.map().inputs()) {
            if (input.getValueSource() != null) {
                sources.add(input.getDescription() + ": " + input.getValueSource());
            }
        }
        if (sources.isEmpty()) {
            return;
        }
        body.append("<h2>").append(x(text.apply("sroi.report.sources"))).append("</h2><ol class=\"sources\">");
        sources.forEach(s -> body.append("<li>").append(x(s)).append("</li>"));
        body.append("</ol>");
    }

    private static String format(String pattern, Locale locale, Object... arguments) {
        return new MessageFormat(pattern, locale).format(arguments);
    }

    private static String x(String value) {
        return PdfDocuments.xml(value);
    }
}
