package nl.cmostamm.portal.method.chooser;

import static nl.cmostamm.portal.method.Method.EFFECT_MEASUREMENT;
import static nl.cmostamm.portal.method.Method.NARRATIVE;
import static nl.cmostamm.portal.method.Method.SROI;
import static nl.cmostamm.portal.method.Method.THEORY_OF_CHANGE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import nl.cmostamm.portal.method.Method;
import nl.cmostamm.portal.method.chooser.Advice.Effort;
import nl.cmostamm.portal.method.chooser.Advice.Fit;

/**
 * The chooser's reasoning: which of the four methods of chapter 5 fit a set of answers, and why.
 * A pure rule set, tested without a container, that speaks in bundle keys only; the texts live in
 * the web module's bundles, in Dutch and English.
 *
 * <p>Each rule ties one answer pattern to one method and one key that says in words why it counts.
 * A reason adds points, a caution takes points away, an exclusion rules the method out (an SROI for
 * an initiative that needs no euros, has not started or has no time nor help). A method whose points
 * reach its bar is recommended; the SROI, by far the most work, has the highest bar. Points are
 * cruder than a decision tree, but every recommendation is explained by the rules that fired, and
 * the rules read as one table.
 *
 * <p>Three things hold whatever the answers, and the tests check them for every combination: at
 * least one method is recommended (when none reaches its bar, the closest one, with a tip to start
 * small); an SROI never comes without the Theory of Change it builds on; and the Theory of Change
 * comes first, the SROI last, because the one sets out what the other puts a value on.
 */
public final class MethodAdvice {

    private enum Kind {
        REASON,
        CAUTION,
        EXCLUSION
    }

    private record Rule(Method method, Kind kind, int points, String key, Predicate<ChooserAnswers> applies) {}

    /** How many points a method needs to be recommended. */
    private static final Map<Method, Integer> BAR =
            Map.of(THEORY_OF_CHANGE, 2, SROI, 4, EFFECT_MEASUREMENT, 2, NARRATIVE, 2);

    /** From least to most work: breaks ties, and picks the method when none reaches its bar. */
    private static final List<Method> BY_EFFORT = List.of(THEORY_OF_CHANGE, NARRATIVE, EFFECT_MEASUREMENT, SROI);

    /** Methods whose hours for the board drop when a student or an advisor does much of the work. */
    private static final Set<Method> HELP_SAVES_HOURS = Set.of(SROI, EFFECT_MEASUREMENT);

    static final String FEW_REASONS = "chooser.caution.fewReasons";
    static final String TOC_FIRST = "chooser.combine.tocFirst";
    static final String SROI_BUILDS_ON = "chooser.combine.sroiBuildsOn";
    static final String NUMBERS_AND_STORIES = "chooser.combine.numbersAndStories";
    static final String START_SMALL = "chooser.tip.startSmall";
    static final String BASELINE = "chooser.tip.baseline";
    static final String ASK_ADVISOR = "chooser.tip.askAdvisor";
    static final String LEARN = "chooser.tip.learn";
    static final String CONSENT = "chooser.tip.consent";

    private static final List<Rule> RULES = List.of(
            // Theory of Change: the step plan of Sociaal Planbureau Groningen and Trendbureau Drenthe
            reason(THEORY_OF_CHANGE, 2, "starting", a -> a.phase() == Phase.STARTING),
            reason(THEORY_OF_CHANGE, 2, "noData", ChooserAnswers::hasNoData),
            reason(THEORY_OF_CHANGE, 1, "accountability", ChooserAnswers::accountable),
            reason(THEORY_OF_CHANGE, 1, "learning", a -> a.wants(Purpose.LEARNING)),
            reason(THEORY_OF_CHANGE, 1, "sharedDirection", a -> a.wants(Purpose.MOTIVATING_VOLUNTEERS)),
            reason(THEORY_OF_CHANGE, 1, "foundationForSroi", a -> a.euros() != Euros.NO),
            reason(THEORY_OF_CHANGE, 1, "guided", a -> a.help() == OutsideHelp.ADVISOR),
            // effect measurement: surveys, interviews and observations of what changed
            reason(EFFECT_MEASUREMENT, 2, "surveys", a -> a.has(ExistingData.SURVEYS)),
            reason(EFFECT_MEASUREMENT, 1, "numbers", a -> a.has(ExistingData.NUMBERS)),
            reason(EFFECT_MEASUREMENT, 1, "municipality", a -> a.wants(Purpose.ACCOUNTABILITY_MUNICIPALITY)),
            reason(EFFECT_MEASUREMENT, 1, "fund", a -> a.wants(Purpose.ACCOUNTABILITY_FUND)),
            reason(EFFECT_MEASUREMENT, 1, "learning", a -> a.wants(Purpose.LEARNING)),
            reason(EFFECT_MEASUREMENT, 1, "dataForSroi", a -> a.euros() == Euros.YES),
            reason(EFFECT_MEASUREMENT, 1, "time", a -> a.capacity() == Capacity.MUCH),
            reason(EFFECT_MEASUREMENT, 1, "help", ChooserAnswers::helped),
            caution(EFFECT_MEASUREMENT, 2, "littleTime", a -> a.capacity() == Capacity.LITTLE && !a.helped()),
            caution(EFFECT_MEASUREMENT, 1, "starting", a -> a.phase() == Phase.STARTING),
            // SROI: social value in euros, against the costs
            reason(SROI, 3, "euros", a -> a.euros() == Euros.YES),
            reason(SROI, 1, "fund", a -> a.wants(Purpose.ACCOUNTABILITY_FUND)),
            reason(SROI, 1, "municipality", a -> a.wants(Purpose.ACCOUNTABILITY_MUNICIPALITY)),
            reason(SROI, 1, "time", a -> a.capacity() == Capacity.MUCH),
            reason(SROI, 1, "advisor", a -> a.help() == OutsideHelp.ADVISOR),
            reason(SROI, 1, "student", a -> a.help() == OutsideHelp.STUDENT),
            reason(SROI, 1, "results", a -> a.phase() != Phase.STARTING),
            reason(SROI, 1, "data", a -> a.has(ExistingData.NUMBERS) || a.has(ExistingData.SURVEYS)),
            caution(SROI, 2, "eurosUnsure", a -> a.euros() == Euros.UNSURE),
            caution(SROI, 1, "noData", ChooserAnswers::hasNoData),
            caution(SROI, 1, "littleTime", a -> a.capacity() == Capacity.LITTLE && a.helped()),
            caution(SROI, 1, "heavyAlone", a -> a.capacity() == Capacity.SOME && !a.helped()),
            exclusion(SROI, "noEuros", a -> a.euros() == Euros.NO),
            exclusion(SROI, "starting", a -> a.phase() == Phase.STARTING),
            exclusion(SROI, "noCapacity", a -> a.capacity() == Capacity.LITTLE && !a.helped()),
            // narrative method: personal stories and case studies
            reason(NARRATIVE, 2, "stories", a -> a.has(ExistingData.STORIES)),
            reason(NARRATIVE, 2, "recognition", a -> a.wants(Purpose.RECOGNITION)),
            reason(NARRATIVE, 1, "volunteers", a -> a.wants(Purpose.MOTIVATING_VOLUNTEERS)),
            reason(NARRATIVE, 1, "littleTime", a -> a.capacity() == Capacity.LITTLE),
            reason(
                    NARRATIVE,
                    1,
                    "complementsNumbers",
                    a -> a.accountable() && (a.has(ExistingData.NUMBERS) || a.has(ExistingData.SURVEYS))),
            reason(NARRATIVE, 1, "easyStart", ChooserAnswers::hasNoData));

    private MethodAdvice() {}

    /** The advice for complete answers (see {@link ChooserAnswers#checkAll()}). */
    public static Advice advise(ChooserAnswers answers) {
        Map<Method, Tally> tallies = new EnumMap<>(Method.class);
        for (Method method : Method.values()) {
            tallies.put(method, new Tally());
        }
        for (Rule rule : RULES) {
            if (rule.applies().test(answers)) {
                tallies.get(rule.method()).add(rule);
            }
        }
        List<Method> recommended = new ArrayList<>();
        for (Method method : BY_EFFORT) {
            if (tallies.get(method).reaches(BAR.get(method))) {
                recommended.add(method);
            }
        }
        boolean weak = recommended.isEmpty();
        if (weak) {
            recommended.add(closest(tallies));
        }
        if (recommended.contains(SROI) && !recommended.contains(THEORY_OF_CHANGE)) {
            recommended.add(THEORY_OF_CHANGE);
        }
        recommended.sort(Comparator.comparingInt(MethodAdvice::stage)
                .thenComparing(Comparator.comparingInt((Method m) -> tallies.get(m).points)
                        .reversed())
                .thenComparingInt(BY_EFFORT::indexOf));

        List<Fit> others = new ArrayList<>();
        for (Method method : Method.values()) {
            if (!recommended.contains(method)) {
                Tally tally = tallies.get(method);
                // what rules a method out says enough; otherwise what counts against it, or too little for it
                List<String> whyNot = !tally.exclusions.isEmpty()
                        ? tally.exclusions
                        : !tally.cautions.isEmpty() ? tally.cautions : List.of(FEW_REASONS);
                others.add(fit(method, tally.reasons, whyNot, answers));
            }
        }
        return new Advice(
                recommended.stream()
                        .map(m -> fit(m, tallies.get(m).reasons, tallies.get(m).cautions, answers))
                        .toList(),
                others,
                combinations(recommended, answers),
                tips(recommended, answers, weak));
    }

    /**
     * Every key {@link #advise} can return, so that a test can check both bundles hold them all (and
     * that no rule is dead: each is returned for some answers).
     */
    public static SortedSet<String> keys() {
        SortedSet<String> keys = new TreeSet<>();
        RULES.forEach(rule -> keys.add(rule.key()));
        for (Method method : Method.values()) {
            keys.add("chooser.hours." + method);
            if (HELP_SAVES_HOURS.contains(method)) {
                keys.add("chooser.hours." + method + ".withHelp");
            }
            keys.add("chooser.people." + method);
            keys.add("chooser.skills." + method);
            keys.add("chooser.needs." + method);
            keys.add("chooser.yields." + method);
        }
        keys.addAll(List.of(
                FEW_REASONS,
                TOC_FIRST,
                SROI_BUILDS_ON,
                NUMBERS_AND_STORIES,
                START_SMALL,
                BASELINE,
                ASK_ADVISOR,
                LEARN,
                CONSENT));
        return keys;
    }

    private static List<String> combinations(List<Method> recommended, ChooserAnswers answers) {
        List<String> keys = new ArrayList<>();
        if (recommended.contains(THEORY_OF_CHANGE) && recommended.size() > 1) {
            keys.add(TOC_FIRST);
        }
        if (recommended.contains(SROI)) {
            keys.add(SROI_BUILDS_ON);
        }
        if (recommended.contains(NARRATIVE)
                && (recommended.contains(EFFECT_MEASUREMENT)
                        || answers.has(ExistingData.NUMBERS)
                        || answers.has(ExistingData.SURVEYS))) {
            keys.add(NUMBERS_AND_STORIES);
        }
        return keys;
    }

    private static List<String> tips(List<Method> recommended, ChooserAnswers answers, boolean weak) {
        List<String> keys = new ArrayList<>();
        if (weak) {
            keys.add(START_SMALL);
        }
        if (answers.euros() == Euros.YES && !recommended.contains(SROI)) {
            keys.add(ASK_ADVISOR);
        }
        if (recommended.contains(EFFECT_MEASUREMENT) && answers.phase() == Phase.STARTING) {
            keys.add(BASELINE);
        }
        if (recommended.contains(NARRATIVE)) {
            keys.add(CONSENT);
        }
        if (answers.wants(Purpose.LEARNING)) {
            keys.add(LEARN);
        }
        return keys;
    }

    /** The Theory of Change sets out what the others measure; the SROI values what they found. */
    private static int stage(Method method) {
        return method == THEORY_OF_CHANGE ? 0 : method == SROI ? 2 : 1;
    }

    /** The method nearest its bar, for answers that reach none; never one that is ruled out. */
    private static Method closest(Map<Method, Tally> tallies) {
        return BY_EFFORT.stream()
                .filter(m -> tallies.get(m).exclusions.isEmpty())
                .max(Comparator.comparingInt((Method m) -> tallies.get(m).points - BAR.get(m))
                        .thenComparing(
                                Comparator.comparingInt(BY_EFFORT::indexOf).reversed()))
                .orElseThrow();
    }

    private static Fit fit(Method method, List<String> reasons, List<String> cautions, ChooserAnswers answers) {
        String hours =
                "chooser.hours." + method + (HELP_SAVES_HOURS.contains(method) && answers.helped() ? ".withHelp" : "");
        return new Fit(
                method,
                reasons,
                cautions,
                new Effort(hours, "chooser.people." + method, "chooser.skills." + method),
                "chooser.needs." + method,
                "chooser.yields." + method);
    }

    private static Rule reason(Method method, int points, String name, Predicate<ChooserAnswers> applies) {
        return new Rule(method, Kind.REASON, points, "chooser.reason." + method + "." + name, applies);
    }

    private static Rule caution(Method method, int points, String name, Predicate<ChooserAnswers> applies) {
        return new Rule(method, Kind.CAUTION, -points, "chooser.caution." + method + "." + name, applies);
    }

    private static Rule exclusion(Method method, String name, Predicate<ChooserAnswers> applies) {
        return new Rule(method, Kind.EXCLUSION, 0, "chooser.excluded." + method + "." + name, applies);
    }

    /** What the rules that fired say about one method. */
    private static final class Tally {
        int points;
        final List<String> reasons = new ArrayList<>();
        final List<String> cautions = new ArrayList<>();
        final List<String> exclusions = new ArrayList<>();

        void add(Rule rule) {
            points += rule.points();
            switch (rule.kind()) {
                case REASON -> reasons.add(rule.key());
                case CAUTION -> cautions.add(rule.key());
                case EXCLUSION -> exclusions.add(rule.key());
            }
        }

        boolean reaches(int bar) {
            return exclusions.isEmpty() && points >= bar;
        }
    }
}
