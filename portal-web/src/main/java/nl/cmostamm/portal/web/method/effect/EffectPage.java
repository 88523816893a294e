package nl.cmostamm.portal.web.method.effect;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.goal.GoalProgress;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.goal.Light;
import nl.cmostamm.portal.method.effect.Effect;
import nl.cmostamm.portal.method.effect.EffectComparison;
import nl.cmostamm.portal.method.effect.EffectReport;
import nl.cmostamm.portal.method.effect.EffectService;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.survey.Wave;
import nl.cmostamm.portal.web.shared.Formats;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;

/**
 * One effect ({@code ?id=}) with its evidence: the indicators tied to it with their latest value,
 * target and light, and each comparison of two waves with what it shows ({@link ComparisonView}).
 * The report is worked out by the service from the answers each time it is read, so it is read once
 * when the page opens and again only after a comparison is added or removed; the indicators and
 * the waves to choose from are read once.
 */
@Named
@ViewScoped
public class EffectPage implements Serializable {

    @EJB
    EffectService effects;

    @EJB
    GoalService goals;

    @Inject
    Formats formats;

    /** One indicator of the effect as the page shows it; {@code latest} and {@code target} null when absent. */
    public record IndicatorView(String name, String goal, String latest, String target, Light light)
            implements Serializable {}

    /** A wave to compare, labelled "survey – wave (opens–closes)". */
    public record WaveChoice(long id, String label) implements Serializable {}

    private long id;
    private Effect effect;
    private List<ComparisonView> comparisons;
    private List<IndicatorView> indicators;
    private List<WaveChoice> waves;
    private Long beforeWaveId;
    private Long afterWaveId;

    @PostConstruct
    void load() {
        Long requested = Navigation.idParameter("id");
        if (requested == null) {
            throw new NotFoundException("Effect");
        }
        id = requested;
        refresh();
        indicators = indicators(effect.getIndicators());
        waves = effects.waveChoices().stream()
                .map(w -> new WaveChoice(w.getId(), label(w)))
                .toList();
    }

    private void refresh() {
        EffectReport report = effects.report(id);
        effect = report.effect();
        comparisons = report.comparisons().stream()
                .map(c -> ComparisonView.of(c, Texts::text))
                .toList();
    }

    /** The effect's indicators in its own order, each with its progress from the goal overview. */
    private List<IndicatorView> indicators(List<Indicator> tied) {
        if (tied.isEmpty()) {
            return List.of();
        }
        Map<Long, GoalProgress.IndicatorProgress> progress = new HashMap<>();
        for (GoalProgress goal : goals.overview()) {
            goal.indicators().forEach(p -> progress.put(p.indicator().getId(), p));
        }
        return tied.stream()
                .map(indicator -> progress.get(indicator.getId()))
                .filter(p -> p != null)
                .map(this::view)
                .toList();
    }

    private IndicatorView view(GoalProgress.IndicatorProgress progress) {
        Indicator indicator = progress.indicator();
        GoalProgress.Point latest = progress.latest();
        return new IndicatorView(
                indicator.getName(),
                indicator.getGoal().getTitle(),
                latest == null ? null : withUnit(latest.value(), indicator.getUnit()),
                indicator.getTarget() == null ? null : withUnit(indicator.getTarget(), indicator.getUnit()),
                progress.light());
    }

    private String withUnit(BigDecimal value, String unit) {
        return formats.plain(value) + (unit == null || unit.isBlank() ? "" : " " + unit);
    }

    private static String label(Wave wave) {
        return wave.getSurvey().getName() + " – " + wave.getName() + " ("
                + Input.DUTCH_DATE.format(wave.getOpensOn()) + "–" + Input.DUTCH_DATE.format(wave.getClosesOn())
                + ")";
    }

    public void addComparison() {
        EffectComparison added =
                ServiceCall.attempt("comparison", () -> effects.addComparison(id, beforeWaveId, afterWaveId));
        if (added != null) {
            Texts.info("effect.comparison.added");
            beforeWaveId = null;
            afterWaveId = null;
            refresh();
        }
    }

    public void removeComparison(long comparisonId, long version) {
        if (ServiceCall.run("comparisons", () -> effects.removeComparison(comparisonId, version))) {
            Texts.info("effect.comparison.removed");
            refresh();
        }
    }

    public long getId() {
        return id;
    }

    public Effect getEffect() {
        return effect;
    }

    public List<ComparisonView> getComparisons() {
        return comparisons;
    }

    public List<IndicatorView> getIndicators() {
        return indicators;
    }

    public List<WaveChoice> getWaves() {
        return waves;
    }

    public Long getBeforeWaveId() {
        return beforeWaveId;
    }

    public void setBeforeWaveId(Long beforeWaveId) {
        this.beforeWaveId = beforeWaveId;
    }

    public Long getAfterWaveId() {
        return afterWaveId;
    }

    public void setAfterWaveId(Long afterWaveId) {
        this.afterWaveId = afterWaveId;
    }
}
