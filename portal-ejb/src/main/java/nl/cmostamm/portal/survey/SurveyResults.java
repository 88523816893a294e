package nl.cmostamm.portal.survey;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.datacollection.Measurement;
import nl.cmostamm.portal.goal.Frequency;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.logbook.HelpCategory;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.story.Story;
import nl.cmostamm.portal.story.StoryForm;
import nl.cmostamm.portal.story.StoryService;
import nl.cmostamm.portal.story.TellerRole;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * Results of the current initiative's survey waves: per question the distribution and mean, the
 * same by help category for a case-closure wave, and between two waves the difference of means
 * with Welch's 95% interval (see {@link Statistics}). Each figure comes from one aggregate query
 * per wave, whatever the number of questions and categories.
 */
@Stateless
@Guarded
public class SurveyResults {

    public static final double CONFIDENCE = 0.95;
    private static final int OPEN_ANSWERS_SHOWN = 50;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditLog audit;

    @EJB
    StoryService stories;

    @Allow(Caller.BOARD)
    public long responses(long waveId) {
        return em.createQuery("select count(r) from Response r where r.wave.id = :wave", Long.class)
                .setParameter("wave", waveId)
                .getSingleResult();
    }

    /** Every question of the wave's survey (archived ones too, when answered) with its result. */
    @Allow(Caller.BOARD)
    public List<QuestionResult> results(long waveId) {
        Wave wave = Input.find(em, Wave.class, waveId);
        Figures figures = figures(waveId);
        Map<Long, List<QuestionResult.OpenAnswer>> open = new HashMap<>();
        Map<Long, Long> openCounts = new HashMap<>();
        em.createQuery(
                        "select a.id, a.question.id, a.text from Answer a where a.response.wave.id = :wave and a.text is not null "
                                + "order by a.id desc",
                        Object[].class)
                .setParameter("wave", waveId)
                .getResultStream()
                .forEach(row -> {
                    long question = (Long) row[1];
                    openCounts.merge(question, 1L, Long::sum);
                    List<QuestionResult.OpenAnswer> list = open.computeIfAbsent(question, q -> new ArrayList<>());
                    if (list.size() < OPEN_ANSWERS_SHOWN) {
                        list.add(new QuestionResult.OpenAnswer((Long) row[0], (String) row[2]));
                    }
                });
        List<QuestionResult> results = new ArrayList<>();
        for (Question question : questions(wave)) {
            long answered = figures.answered.getOrDefault(question.getId(), 0L);
            if (question.isArchived() && answered == 0) {
                continue;
            }
            results.add(new QuestionResult(
                    question,
                    answered,
                    distribution(question, figures),
                    figures.sample(question),
                    open.getOrDefault(question.getId(), List.of()),
                    openCounts.getOrDefault(question.getId(), 0L)));
        }
        return results;
    }

    /**
     * A case-closure wave's choice and scored questions by the help category its respondents came
     * from (see {@link CategoryBreakdown}, which withholds small numbers): the logbook's categories
     * in its order, those without respondents left out, the responses without a category last.
     * Only a case-closure link carries a category, so another kind of wave comes out as one group
     * without.
     */
    @Allow(Caller.BOARD)
    public CategoryBreakdown byHelpCategory(long waveId) {
        Wave wave = Input.find(em, Wave.class, waveId);
        Map<Long, Long> responses = new HashMap<>();
        em.createQuery(
                        "select r.helpCategoryId, count(r) from Response r where r.wave.id = :wave "
                                + "group by r.helpCategoryId",
                        Object[].class)
                .setParameter("wave", waveId)
                .getResultStream()
                .forEach(row -> responses.put((Long) row[0], (Long) row[1]));
        if (responses.isEmpty()) {
            return CategoryBreakdown.EMPTY;
        }
        List<CategoryBreakdown.Category> categories = new ArrayList<>();
        for (HelpCategory category :
                em.createNamedQuery(HelpCategory.ALL, HelpCategory.class).getResultList()) {
            Long count = responses.get(category.getId());
            if (count != null) {
                categories.add(new CategoryBreakdown.Category(category.getId(), category.getName(), count));
            }
        }
        // the database sets a deleted category's responses to none, so every other id is a row above
        if (responses.containsKey(null)) {
            categories.add(new CategoryBreakdown.Category(null, null, responses.get(null)));
        }
        Map<Long, Figures> figures = figures(waveId, true);
        Figures none = new Figures();
        List<CategoryBreakdown.QuestionRows> questions = new ArrayList<>();
        for (Question question : questions(wave)) {
            boolean answered = figures.values().stream().anyMatch(f -> f.answered.containsKey(question.getId()));
            if (question.getType().isText() || question.isArchived() && !answered) {
                continue;
            }
            List<CategoryBreakdown.Row> rows = new ArrayList<>();
            for (CategoryBreakdown.Category category : categories) {
                Figures of = figures.getOrDefault(category.id(), none);
                rows.add(new CategoryBreakdown.Row(
                        category,
                        of.answered.getOrDefault(question.getId(), 0L),
                        distribution(question, of),
                        of.sample(question)));
            }
            questions.add(CategoryBreakdown.QuestionRows.of(question, labels(question), rows));
        }
        return new CategoryBreakdown(categories, questions);
    }

    /** The wave's survey's questions in their order, archived ones too, with the indicators they feed. */
    private List<Question> questions(Wave wave) {
        return em.createQuery(
                        "select q from Question q where q.survey.id = :survey order by q.position", Question.class)
                .setParameter("survey", wave.getSurvey().getId())
                .setHint(Input.LOAD_GRAPH, em.getEntityGraph(Question.WITH_INDICATOR))
                .getResultList();
    }

    /** A choice question's options, yes and no in Dutch (the page puts them in its language); else none. */
    private static List<String> labels(Question question) {
        if (!question.getType().isChoice()) {
            return List.of();
        }
        return question.getType() == QuestionType.YES_NO
                ? List.of("Ja", "Nee")
                : question.getContent().optionList();
    }

    /** Per option of a choice question how many chose it and their share of those who answered. */
    private static List<QuestionResult.Bar> distribution(Question question, Figures figures) {
        long answered = figures.answered.getOrDefault(question.getId(), 0L);
        Map<Integer, Long> choices = figures.choices.getOrDefault(question.getId(), Map.of());
        List<String> labels = labels(question);
        List<QuestionResult.Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            long count = choices.getOrDefault(i + 1, 0L);
            bars.add(new QuestionResult.Bar(labels.get(i), count, answered == 0 ? 0 : 100.0 * count / answered));
        }
        return bars;
    }

    /** The scored questions of two waves of one survey, compared ({@code after − before}). */
    @Allow(Caller.BOARD)
    public List<Comparison> compare(long beforeWaveId, long afterWaveId) {
        Wave before = Input.find(em, Wave.class, beforeWaveId);
        Wave after = Input.find(em, Wave.class, afterWaveId);
        if (!before.getSurvey().getId().equals(after.getSurvey().getId())) {
            throw new NotFoundException("Wave");
        }
        Figures a = figures(beforeWaveId);
        Figures b = figures(afterWaveId);
        List<Comparison> comparisons = new ArrayList<>();
        for (Question question : before.getSurvey().getQuestions()) {
            if (!question.getType().isScored()) {
                continue;
            }
            Statistics.Sample x = a.sample(question);
            Statistics.Sample y = b.sample(question);
            if (question.isArchived() && x.n() == 0 && y.n() == 0) {
                continue;
            }
            comparisons.add(new Comparison(question, x, y, Statistics.welch(x, y, CONFIDENCE)));
        }
        return comparisons;
    }

    /**
     * Every choice and scored question of two waves of one survey, side by side: counts per option
     * and samples, from the same aggregate queries as the results (two sets, whatever the number
     * of questions). Effect measurement computes its tests from these.
     */
    @Allow(Caller.BOARD)
    public List<WaveContrast> contrast(long beforeWaveId, long afterWaveId) {
        Wave before = Input.find(em, Wave.class, beforeWaveId);
        Wave after = Input.find(em, Wave.class, afterWaveId);
        if (!before.getSurvey().getId().equals(after.getSurvey().getId())) {
            throw new NotFoundException("Wave");
        }
        Figures a = figures(beforeWaveId);
        Figures b = figures(afterWaveId);
        List<WaveContrast> contrasts = new ArrayList<>();
        for (Question question : questions(before)) {
            if (!question.getType().isChoice() && !question.getType().isScored()) {
                continue;
            }
            long answeredBefore = a.answered.getOrDefault(question.getId(), 0L);
            long answeredAfter = b.answered.getOrDefault(question.getId(), 0L);
            if (question.isArchived() && answeredBefore == 0 && answeredAfter == 0) {
                continue;
            }
            List<String> options = question.getType().isChoice() ? labels(question) : List.of();
            contrasts.add(new WaveContrast(
                    question,
                    options,
                    answeredBefore,
                    answeredAfter,
                    counts(a, question, options.size()),
                    counts(b, question, options.size()),
                    a.sample(question),
                    b.sample(question)));
        }
        return contrasts;
    }

    private static long[] counts(Figures figures, Question question, int options) {
        Map<Integer, Long> choices = figures.choices.getOrDefault(question.getId(), Map.of());
        long[] counts = new long[options];
        for (int i = 0; i < options; i++) {
            counts[i] = choices.getOrDefault(i + 1, 0L);
        }
        return counts;
    }

    /** The wave's raw anonymous answers as CSV (semicolons, UTF-8); audited as an export. */
    @Allow(Caller.BOARD)
    public byte[] exportCsv(long waveId, Function<String, String> text) {
        SurveyExport export = export(waveId, text);
        audit.record(AuditAction.EXPORT, "surveyWave", waveId, export.size() + " responses as CSV");
        return export.csv();
    }

    /** The wave's raw anonymous answers as an Excel workbook; audited as an export. */
    @Allow(Caller.BOARD)
    public byte[] exportExcel(long waveId, Function<String, String> text) {
        SurveyExport export = export(waveId, text);
        audit.record(AuditAction.EXPORT, "surveyWave", waveId, export.size() + " responses as Excel");
        return export.excel();
    }

    /** {@code text} gives the bundle text of a key in the reader's language, for headers and yes/no. */
    private SurveyExport export(long waveId, Function<String, String> text) {
        Wave wave = Input.find(em, Wave.class, waveId);
        List<Answer> answers = em.createQuery(
                        "select a from Answer a join fetch a.response r where r.wave.id = :wave "
                                + "order by r.id, a.id",
                        Answer.class)
                .setParameter("wave", waveId)
                .getResultList();
        Map<Long, String> categories = new HashMap<>();
        em.createQuery("select c.id, c.name from HelpCategory c", Object[].class)
                .getResultStream()
                .forEach(row -> categories.put((Long) row[0], (String) row[1]));
        return new SurveyExport(wave.getSurvey().getQuestions(), answers, categories, text);
    }

    /**
     * Copies an open answer into the stories, without consent: it cannot be used in reports until
     * someone records consent for it.
     */
    @Allow(Caller.BOARD)
    public Story saveAsStory(long answerId) {
        Answer answer = Input.find(em, Answer.class, answerId);
        if (answer.getText() == null) {
            throw new NotFoundException("Answer");
        }
        StoryForm form = new StoryForm();
        String title = "Antwoord: " + answer.getQuestion().getContent().getText();
        form.setTitle(title.length() > 200 ? title.substring(0, 197) + "..." : title);
        form.setBody(answer.getText());
        form.setToldOn(answer.getResponse().getSubmittedOn());
        form.setTellerRole(TellerRole.PARTICIPANT);
        return stories.save(form);
    }

    /**
     * Writes the wave's outcome into the indicators its questions feed: for each such question a
     * measurement for the indicator's period that holds the wave's last day (today while it is
     * open). Run again, it replaces those values, so it is safe to press twice.
     *
     * @return how many indicators got a value
     */
    @Allow(Caller.BOARD)
    public int feedIndicators(long waveId) {
        Wave wave = Input.find(em, Wave.class, waveId);
        Figures figures = figures(waveId);
        LocalDate day = wave.getClosesOn().isAfter(LocalDate.now()) ? LocalDate.now() : wave.getClosesOn();
        Account by = em.getReference(Account.class, Tenancy.requireAccount());
        int fed = 0;
        for (Question question : wave.getSurvey().getQuestions()) {
            Indicator indicator = question.getIndicator();
            if (indicator == null || indicator.isComputed()) {
                continue;
            }
            BigDecimal value = value(question, figures);
            if (value == null) {
                continue;
            }
            if (indicator.refusal(value) != null) {
                throw new ValidationFailure("results.feed.refused", null);
            }
            Frequency.Period period = indicator.getFrequency().periodOf(day);
            Measurement measurement = em.createQuery(
                            "select m from Measurement m where m.indicator.id = :indicator and m.periodStart = :start",
                            Measurement.class)
                    .setParameter("indicator", indicator.getId())
                    .setParameter("start", period.start())
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            String note = wave.getSurvey().getName() + ", " + wave.getName() + ": n = "
                    + figures.answered.getOrDefault(question.getId(), 0L);
            boolean created = measurement == null;
            if (created) {
                measurement = new Measurement(indicator, period);
                measurement.record(value, note, "Vragenlijst", by);
                em.persist(measurement);
                em.flush();
            } else {
                measurement.record(value, note, "Vragenlijst", by);
            }
            audit.record(
                    created ? AuditAction.CREATE : AuditAction.UPDATE,
                    "measurement",
                    measurement.getId(),
                    indicator.getName() + " " + period.start().format(Input.DUTCH_DATE) + " (" + note + ")");
            fed++;
        }
        return fed;
    }

    /** A question's outcome as its feed asks: a share in percent, or a mean; null without answers. */
    private static BigDecimal value(Question question, Figures figures) {
        long answered = figures.answered.getOrDefault(question.getId(), 0L);
        if (answered == 0 || question.getFeed() == null) {
            return null;
        }
        Map<Integer, Long> choices = figures.choices.getOrDefault(question.getId(), Map.of());
        double result = switch (question.getFeed()) {
            case SHARE_TOP_TWO -> 100.0 * (choices.getOrDefault(4, 0L) + choices.getOrDefault(5, 0L)) / answered;
            case SHARE_YES -> 100.0 * choices.getOrDefault(1, 0L) / answered;
            case MEAN -> figures.sample(question).mean();
        };
        return BigDecimal.valueOf(result).setScale(question.getFeed() == Feed.MEAN ? 2 : 1, RoundingMode.HALF_UP);
    }

    /** The aggregates of one wave: answers per question, counts per choice, number sums. */
    private Figures figures(long waveId) {
        return figures(waveId, false).getOrDefault(null, new Figures());
    }

    /**
     * The aggregates of one wave, by the help category of its responses when {@code byCategory}
     * (keyed by the category's id, null for responses without one), else all under null. The
     * category is one more grouping column, so three queries serve a wave either way.
     */
    private Map<Long, Figures> figures(long waveId, boolean byCategory) {
        String category = byCategory ? ", a.response.helpCategoryId" : "";
        int at = byCategory ? 2 : 1;
        Map<Long, Figures> figures = new HashMap<>();
        Function<Object[], Figures> of =
                row -> figures.computeIfAbsent(byCategory ? (Long) row[1] : null, c -> new Figures());
        em.createQuery(
                        "select a.question.id" + category + ", count(distinct a.response.id) from Answer a "
                                + "where a.response.wave.id = :wave group by a.question.id" + category,
                        Object[].class)
                .setParameter("wave", waveId)
                .getResultStream()
                .forEach(row -> of.apply(row).answered.put((Long) row[0], (Long) row[at]));
        em.createQuery(
                        "select a.question.id" + category + ", a.choice, count(a) from Answer a "
                                + "where a.response.wave.id = :wave and a.choice is not null "
                                + "group by a.question.id" + category + ", a.choice",
                        Object[].class)
                .setParameter("wave", waveId)
                .getResultStream()
                .forEach(row -> of.apply(row)
                        .choices
                        .computeIfAbsent((Long) row[0], q -> new HashMap<>())
                        .put(((Number) row[at]).intValue(), (Long) row[at + 1]));
        em.createQuery(
                        "select a.question.id" + category + ", count(a), sum(a.number), sum(a.number * a.number) "
                                + "from Answer a where a.response.wave.id = :wave and a.number is not null "
                                + "group by a.question.id" + category,
                        Object[].class)
                .setParameter("wave", waveId)
                .getResultStream()
                .forEach(row -> of.apply(row)
                        .numbers
                        .put(
                                (Long) row[0],
                                Statistics.Sample.ofSums(
                                        (Long) row[at],
                                        ((BigDecimal) row[at + 1]).doubleValue(),
                                        ((BigDecimal) row[at + 2]).doubleValue())));
        return figures;
    }

    private static final class Figures {
        final Map<Long, Long> answered = new HashMap<>();
        final Map<Long, Map<Integer, Long>> choices = new HashMap<>();
        final Map<Long, Statistics.Sample> numbers = new HashMap<>();

        /** Likert scores 1–5; yes/no as 1 and 0; numbers as they are. */
        Statistics.Sample sample(Question question) {
            Map<Integer, Long> counts = choices.getOrDefault(question.getId(), Map.of());
            return switch (question.getType()) {
                case LIKERT -> Statistics.Sample.ofCounts(counts);
                case YES_NO ->
                    Statistics.Sample.ofCounts(Map.of(1, counts.getOrDefault(1, 0L), 0, counts.getOrDefault(2, 0L)));
                case NUMBER -> numbers.getOrDefault(question.getId(), Statistics.Sample.EMPTY);
                default -> Statistics.Sample.EMPTY;
            };
        }
    }
}
