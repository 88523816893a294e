package nl.cmostamm.portal.web.goal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.cmostamm.portal.goal.Goal;
import nl.cmostamm.portal.goal.GoalProgress.IndicatorProgress;
import nl.cmostamm.portal.goal.GoalProgress.Point;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.goal.Light;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.web.shared.ActiveLocale;

/**
 * The goal overview: every goal with its indicators' latest value against the target, a traffic
 * light in words and colour, a chart per indicator and, for those who would rather read, the last
 * twelve values as a table. Request-scoped (the page only links onwards, so nothing stays in the
 * session), loaded in three queries, and everything the page shows is formatted once here, not by
 * converters per row: the page is the heaviest of the portal and is measured by the benchmark.
 */
@Named
@RequestScoped
public class GoalOverview {

    /** How many of the latest values the table under a chart shows; the chart shows them all. */
    static final int TABLE_ROWS = 12;

    @EJB
    GoalService goals;

    @Inject
    ActiveLocale activeLocale;

    private List<GoalView> overview;

    /** A goal and the views of its indicators. */
    public record GoalView(Goal goal, List<IndicatorView> indicators) {}

    /** One indicator as the page shows it. */
    public record IndicatorView(
            Indicator indicator, Light light, String latest, String target, String chart, List<Row> table) {}

    /** A row of the table under a chart. */
    public record Row(String period, String value) {}

    @PostConstruct
    void load() {
        Locale locale = activeLocale.getLocale();
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(2);
        overview = goals.overview().stream()
                .map(goal -> new GoalView(
                        goal.goal(),
                        goal.indicators().stream()
                                .map(i -> view(i, numbers, locale))
                                .toList()))
                .toList();
    }

    private static IndicatorView view(IndicatorProgress progress, NumberFormat numbers, Locale locale) {
        List<Point> points = progress.points();
        Point latest = progress.latest();
        BigDecimal target = progress.indicator().getTarget();
        List<Row> table = new ArrayList<>();
        for (int i = points.size() - 1; i >= Math.max(0, points.size() - TABLE_ROWS); i--) {
            Point point = points.get(i);
            table.add(new Row(
                    Input.DUTCH_DATE.format(point.periodStart()) + " – " + Input.DUTCH_DATE.format(point.periodEnd()),
                    numbers.format(point.value())));
        }
        String unit = progress.indicator().getUnit() == null
                ? ""
                : " " + progress.indicator().getUnit();
        return new IndicatorView(
                progress.indicator(),
                progress.light(),
                latest == null ? null : numbers.format(latest.value()) + unit,
                target == null ? null : numbers.format(target) + unit,
                points.isEmpty() ? null : IndicatorChart.json(progress, locale),
                table);
    }

    public List<GoalView> getOverview() {
        return overview;
    }
}
