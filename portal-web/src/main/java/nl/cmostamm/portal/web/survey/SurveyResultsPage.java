package nl.cmostamm.portal.web.survey;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.story.Story;
import nl.cmostamm.portal.survey.CategoryBreakdown;
import nl.cmostamm.portal.survey.Comparison;
import nl.cmostamm.portal.survey.Question;
import nl.cmostamm.portal.survey.QuestionResult;
import nl.cmostamm.portal.survey.QuestionType;
import nl.cmostamm.portal.survey.SurveyResults;
import nl.cmostamm.portal.survey.SurveyService;
import nl.cmostamm.portal.survey.Wave;
import nl.cmostamm.portal.survey.WaveKind;
import nl.cmostamm.portal.survey.WaveSummary;
import nl.cmostamm.portal.web.shared.ChartBox;
import nl.cmostamm.portal.web.shared.Downloads;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.primefaces.model.StreamedContent;

/**
 * The results of one wave ({@code ?wave=}): per question how many answered, the distribution as a
 * chart and a table, the mean, the open answers; for a case-closure wave the same by help category,
 * as tables; and the comparison with another wave of the same survey. Everything is read and the
 * charts are built once when the page loads.
 */
@Named
@ViewScoped
public class SurveyResultsPage implements Serializable {

    @EJB
    SurveyResults results;

    @EJB
    SurveyService surveys;

    private Wave wave;
    private long responses;
    private List<QuestionResult> questions;
    /** By help category, for a case-closure wave only; else null. */
    private CategoryBreakdown byCategory;

    private final Map<Long, String> charts = new HashMap<>();
    private final Map<Long, List<String>> labels = new HashMap<>();
    private final Map<Long, String> chartBoxes = new HashMap<>();
    private List<WaveSummary> otherWaves;
    private Long compareWith;
    /** The other wave's name, for the comparison table's header. */
    private String comparedName;

    private List<ComparisonGroup> comparisonGroups = List.of();

    @PostConstruct
    void load() {
        Long id = Navigation.idParameter("wave");
        if (id == null) {
            throw new NotFoundException("Wave");
        }
        wave = surveys.wave(id);
        responses = results.responses(id);
        questions = results.results(id);
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        for (QuestionResult result : questions) {
            List<String> named = named(
                    result.question(),
                    result.distribution().stream()
                            .map(QuestionResult.Bar::label)
                            .toList());
            if (!result.distribution().isEmpty() && result.answered() > 0) {
                charts.put(result.question().getId(), ResultCharts.distribution(result, named, locale));
                chartBoxes.put(result.question().getId(), ChartBox.forBars(named.size()));
            }
        }
        if (wave.getKind() == WaveKind.CLOSURE) {
            byCategory = results.byHelpCategory(id);
            byCategory.questions().forEach(rows -> named(rows.question(), rows.options()));
        }
        otherWaves = surveys.waves(wave.getSurvey().getId()).stream()
                .filter(w -> !w.wave().getId().equals(id))
                .toList();
        if (!otherWaves.isEmpty()) {
            compareWith = otherWaves.stream()
                    .filter(w -> w.wave().getOpensOn().isBefore(wave.getOpensOn()))
                    .reduce((first, second) -> second)
                    .orElse(otherWaves.get(0))
                    .wave()
                    .getId();
            compare();
        }
    }

    /** Keeps a question's option labels as the reader reads them: yes and no in the page's language. */
    private List<String> named(Question question, List<String> options) {
        return labels.computeIfAbsent(
                question.getId(),
                id -> question.getType() == QuestionType.YES_NO
                        ? List.of(Texts.text("answer.yes"), Texts.text("answer.no"))
                        : options);
    }

    /** Option labels as the reader reads them: yes and no in the page's language. */
    public List<String> labels(QuestionResult result) {
        return options(result.question());
    }

    /** A question's option labels as the reader reads them, for the tables by help category. */
    public List<String> options(Question question) {
        return labels.get(question.getId());
    }

    public void compare() {
        comparisonGroups = List.of();
        if (compareWith == null) {
            return;
        }
        List<Comparison> comparisons = ServiceCall.attempt(null, () -> results.compare(compareWith, wave.getId()));
        if (comparisons == null) {
            return;
        }
        Wave before = otherWaves.stream()
                .map(WaveSummary::wave)
                .filter(w -> w.getId().equals(compareWith))
                .findFirst()
                .orElseThrow();
        comparedName = before.getName();
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        Map<ComparisonGroup.Scale, List<Comparison>> byScale = comparisons.stream()
                .collect(Collectors.groupingBy(ComparisonGroup.Scale::of, LinkedHashMap::new, Collectors.toList()));
        comparisonGroups = byScale.entrySet().stream()
                .map(group -> new ComparisonGroup(
                        group.getKey(),
                        scaleTitle(group.getKey()),
                        group.getValue(),
                        ResultCharts.comparison(
                                group.getValue(), group.getKey(), before.getName(), wave.getName(), locale),
                        ChartBox.forBars(2 * group.getValue().size())))
                .toList();
    }

    private static String scaleTitle(ComparisonGroup.Scale scale) {
        return switch (scale.type()) {
            case LIKERT -> Texts.text("results.compare.likert");
            case YES_NO -> Texts.text("results.compare.yesNo");
            default ->
                scale.min() != null && scale.max() != null
                        ? Texts.text("results.compare.numberRange", scale.min(), scale.max())
                        : Texts.text("results.compare.number");
        };
    }

    /** Puts the wave's outcome into the indicators its questions feed. */
    public void feedIndicators() {
        Integer fed = ServiceCall.attempt(null, () -> results.feedIndicators(wave.getId()));
        if (fed != null) {
            Texts.info(fed == 0 ? "results.feed.none" : "results.fed", fed);
        }
    }

    /** Whether any question of this survey feeds an indicator. */
    public boolean isFeeding() {
        return questions.stream().anyMatch(result -> result.question().getIndicator() != null);
    }

    public void saveAsStory(long answerId) {
        Story story = ServiceCall.attempt(null, () -> results.saveAsStory(answerId));
        if (story != null) {
            Texts.info("results.savedAsStory", story.getTitle());
        }
    }

    public StreamedContent exportCsv() {
        return Downloads.csv(results.exportCsv(wave.getId(), Texts::text), Downloads.dated("file.answers"));
    }

    public StreamedContent exportExcel() {
        return Downloads.excel(results.exportExcel(wave.getId(), Texts::text), Downloads.dated("file.answers"));
    }

    public String chart(QuestionResult result) {
        return charts.get(result.question().getId());
    }

    /** The height class of a question's chart box, by its number of options. */
    public String chartBox(QuestionResult result) {
        return chartBoxes.get(result.question().getId());
    }

    public Wave getWave() {
        return wave;
    }

    public long getResponses() {
        return responses;
    }

    public List<QuestionResult> getQuestions() {
        return questions;
    }

    public CategoryBreakdown getByCategory() {
        return byCategory;
    }

    /** Below this many answers a category's row shows only its n, for the page's explanation. */
    public int getMinAnswers() {
        return CategoryBreakdown.MIN_ANSWERS;
    }

    public List<WaveSummary> getOtherWaves() {
        return otherWaves;
    }

    public Long getCompareWith() {
        return compareWith;
    }

    public String getComparedName() {
        return comparedName;
    }

    public void setCompareWith(Long compareWith) {
        this.compareWith = compareWith;
    }

    /** The comparison by scale kind, each with its chart; empty when there is nothing to compare. */
    public List<ComparisonGroup> getComparisonGroups() {
        return comparisonGroups;
    }
}
