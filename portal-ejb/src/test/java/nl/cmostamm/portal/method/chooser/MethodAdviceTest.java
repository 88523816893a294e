package nl.cmostamm.portal.method.chooser;

import static nl.cmostamm.portal.method.Method.EFFECT_MEASUREMENT;
import static nl.cmostamm.portal.method.Method.NARRATIVE;
import static nl.cmostamm.portal.method.Method.SROI;
import static nl.cmostamm.portal.method.Method.THEORY_OF_CHANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.cmostamm.portal.method.Method;
import nl.cmostamm.portal.method.chooser.Advice.Fit;
import nl.cmostamm.portal.shared.ValidationFailure;
import org.junit.jupiter.api.Test;

/**
 * The chooser's rules over every combination of answers the chooser accepts, and in the cases the
 * publication and the advisors know: a fund that wants euros, a board with little time and good
 * stories, a starting initiative with nothing collected yet.
 */
class MethodAdviceTest {

    /** Every set of answers the chooser accepts: each purpose set, data set (NONE alone) and choice. */
    static List<ChooserAnswers> everyCombination() {
        List<ChooserAnswers> all = new ArrayList<>();
        List<Set<ExistingData>> dataSets = new ArrayList<>(subsets(
                EnumSet.of(ExistingData.NUMBERS, ExistingData.STORIES, ExistingData.SURVEYS), ExistingData.class));
        dataSets.add(EnumSet.of(ExistingData.NONE));
        for (Set<Purpose> purposes : subsets(EnumSet.allOf(Purpose.class), Purpose.class)) {
            for (Euros euros : Euros.values()) {
                for (Set<ExistingData> data : dataSets) {
                    for (Capacity capacity : Capacity.values()) {
                        for (OutsideHelp help : OutsideHelp.values()) {
                            for (Phase phase : Phase.values()) {
                                all.add(new ChooserAnswers(purposes, euros, data, capacity, help, phase));
                            }
                        }
                    }
                }
            }
        }
        return all;
    }

    /** The non-empty subsets of a set of enum constants. */
    private static <E extends Enum<E>> List<Set<E>> subsets(Set<E> of, Class<E> type) {
        List<E> items = new ArrayList<>(of);
        List<Set<E>> subsets = new ArrayList<>();
        for (int mask = 1; mask < 1 << items.size(); mask++) {
            EnumSet<E> subset = EnumSet.noneOf(type);
            for (int i = 0; i < items.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    subset.add(items.get(i));
                }
            }
            subsets.add(subset);
        }
        return subsets;
    }

    @Test
    void everyCombinationGivesAtLeastOneMethodEachWithItsReasons() {
        List<ChooserAnswers> all = everyCombination();
        assertEquals(31 * 3 * 8 * 3 * 3 * 3, all.size(), "31 purpose sets, 8 data sets, 3 × 3 × 3 × 3 choices");
        for (ChooserAnswers answers : all) {
            answers.checkAll();
            Advice advice = MethodAdvice.advise(answers);

            assertFalse(advice.recommended().isEmpty(), answers.toString());
            for (Fit fit : advice.recommended()) {
                assertFalse(fit.reasons().isEmpty(), fit.method() + " without a reason for " + answers);
            }
            for (Fit fit : advice.others()) {
                assertFalse(fit.cautions().isEmpty(), fit.method() + " without a why-not for " + answers);
            }
            List<Method> every = Stream.concat(advice.recommended().stream(), advice.others().stream())
                    .map(Fit::method)
                    .toList();
            assertEquals(EnumSet.allOf(Method.class), EnumSet.copyOf(every), answers.toString());
            assertEquals(Method.values().length, every.size(), "each method once: " + answers);
        }
    }

    @Test
    void anSroiAlwaysComesAfterTheTheoryOfChangeItBuildsOn() {
        for (ChooserAnswers answers : everyCombination()) {
            List<Method> recommended = MethodAdvice.advise(answers).recommendedMethods();
            if (recommended.contains(THEORY_OF_CHANGE)) {
                assertEquals(THEORY_OF_CHANGE, recommended.get(0), answers.toString());
            }
            if (recommended.contains(SROI)) {
                assertTrue(recommended.contains(THEORY_OF_CHANGE), answers.toString());
                assertEquals(SROI, recommended.get(recommended.size() - 1), answers.toString());
            }
        }
    }

    @Test
    void anSroiIsNeverAdvisedWithoutEurosBeforeTheStartOrWithoutTimeAndHelp() {
        for (ChooserAnswers answers : everyCombination()) {
            boolean sroi = MethodAdvice.advise(answers).recommendedMethods().contains(SROI);
            if (answers.euros() == Euros.NO
                    || answers.phase() == Phase.STARTING
                    || answers.capacity() == Capacity.LITTLE && answers.help() == OutsideHelp.NONE) {
                assertFalse(sroi, answers.toString());
            }
        }
    }

    /** Both ways: the list a bundle check reads is complete, and no rule is dead. */
    @Test
    void theKeysTheRulesReturnAreExactlyTheListedOnes() {
        Set<String> returned = new HashSet<>();
        for (ChooserAnswers answers : everyCombination()) {
            Advice advice = MethodAdvice.advise(answers);
            Stream.concat(advice.recommended().stream(), advice.others().stream())
                    .forEach(fit -> {
                        returned.addAll(fit.reasons());
                        returned.addAll(fit.cautions());
                        returned.addAll(List.of(
                                fit.effort().hours(),
                                fit.effort().people(),
                                fit.effort().skills(),
                                fit.needs(),
                                fit.yields()));
                    });
            returned.addAll(advice.combinations());
            returned.addAll(advice.tips());
        }
        Set<String> listed = MethodAdvice.keys();
        Set<String> unlisted = new TreeSet<>(returned);
        unlisted.removeAll(listed);
        Set<String> neverReturned = new TreeSet<>(listed);
        neverReturned.removeAll(returned);

        assertEquals(Set.of(), unlisted, "returned but not listed");
        assertEquals(Set.of(), neverReturned, "listed but returned for no answers");
        assertTrue(listed.stream().allMatch(key -> key.matches("chooser\\.[A-Za-z_.]+")), listed.toString());
    }

    @Test
    void aFundThatWantsEurosWithTimeAndAnAdvisorGetsAnSroiAfterATheoryOfChange() {
        Advice advice = MethodAdvice.advise(new ChooserAnswers(
                Set.of(Purpose.ACCOUNTABILITY_FUND),
                Euros.YES,
                Set.of(ExistingData.NUMBERS),
                Capacity.MUCH,
                OutsideHelp.ADVISOR,
                Phase.RUNNING));

        List<Method> recommended = advice.recommendedMethods();
        assertEquals(THEORY_OF_CHANGE, recommended.get(0));
        assertEquals(SROI, recommended.get(recommended.size() - 1));
        Fit sroi = advice.recommended().get(recommended.size() - 1);
        assertTrue(
                sroi.reasons()
                        .containsAll(List.of(
                                "chooser.reason.SROI.euros",
                                "chooser.reason.SROI.fund",
                                "chooser.reason.SROI.advisor",
                                "chooser.reason.SROI.time")),
                sroi.reasons().toString());
        assertEquals("chooser.hours.SROI.withHelp", sroi.effort().hours(), "the advisor does much of the work");
        assertTrue(advice.combinations().containsAll(List.of(MethodAdvice.TOC_FIRST, MethodAdvice.SROI_BUILDS_ON)));
        assertTrue(advice.recommended().get(0).reasons().contains("chooser.reason.THEORY_OF_CHANGE.foundationForSroi"));
    }

    @Test
    void littleTimeAndGoodStoriesGiveTheNarrativeMethodAndNoSroi() {
        Advice advice = MethodAdvice.advise(new ChooserAnswers(
                Set.of(Purpose.RECOGNITION, Purpose.MOTIVATING_VOLUNTEERS),
                Euros.NO,
                Set.of(ExistingData.STORIES),
                Capacity.LITTLE,
                OutsideHelp.NONE,
                Phase.ESTABLISHED));

        assertTrue(advice.recommendedMethods().contains(NARRATIVE), advice.toString());
        Fit narrative = advice.recommended().stream()
                .filter(fit -> fit.method() == NARRATIVE)
                .findFirst()
                .orElseThrow();
        assertTrue(narrative
                .reasons()
                .containsAll(List.of(
                        "chooser.reason.NARRATIVE.stories",
                        "chooser.reason.NARRATIVE.recognition",
                        "chooser.reason.NARRATIVE.littleTime")));
        assertTrue(advice.tips().contains(MethodAdvice.CONSENT));
        Fit sroi = advice.others().stream()
                .filter(fit -> fit.method() == SROI)
                .findFirst()
                .orElseThrow();
        assertTrue(sroi.cautions()
                .containsAll(List.of("chooser.excluded.SROI.noEuros", "chooser.excluded.SROI.noCapacity")));
        assertFalse(advice.recommendedMethods().contains(EFFECT_MEASUREMENT), "no time and no help for measuring");
    }

    @Test
    void aStartingInitiativeWithNothingCollectedStartsWithATheoryOfChange() {
        Advice advice = MethodAdvice.advise(new ChooserAnswers(
                Set.of(Purpose.ACCOUNTABILITY_MUNICIPALITY),
                Euros.UNSURE,
                Set.of(ExistingData.NONE),
                Capacity.SOME,
                OutsideHelp.NONE,
                Phase.STARTING));

        Fit first = advice.recommended().get(0);
        assertEquals(THEORY_OF_CHANGE, first.method());
        assertTrue(first.reasons()
                .containsAll(
                        List.of("chooser.reason.THEORY_OF_CHANGE.starting", "chooser.reason.THEORY_OF_CHANGE.noData")));
        assertFalse(advice.recommendedMethods().contains(SROI));
        assertTrue(advice.others().stream()
                .filter(fit -> fit.method() == SROI)
                .anyMatch(fit -> fit.cautions().contains("chooser.excluded.SROI.starting")));
    }

    @Test
    void surveysForTheMunicipalityGiveAnEffectMeasurement() {
        Advice advice = MethodAdvice.advise(new ChooserAnswers(
                Set.of(Purpose.ACCOUNTABILITY_MUNICIPALITY, Purpose.LEARNING),
                Euros.NO,
                Set.of(ExistingData.SURVEYS, ExistingData.NUMBERS),
                Capacity.SOME,
                OutsideHelp.NONE,
                Phase.RUNNING));

        assertTrue(advice.recommendedMethods().contains(EFFECT_MEASUREMENT), advice.toString());
        assertEquals("chooser.hours.EFFECT_MEASUREMENT", effortOf(advice, EFFECT_MEASUREMENT));
        assertTrue(advice.tips().contains(MethodAdvice.LEARN));
    }

    @Test
    void eurosNeededWhereAnSroiCannotBeDoneSendToAnAdvisor() {
        Advice advice = MethodAdvice.advise(new ChooserAnswers(
                Set.of(Purpose.ACCOUNTABILITY_FUND),
                Euros.YES,
                Set.of(ExistingData.NONE),
                Capacity.SOME,
                OutsideHelp.NONE,
                Phase.STARTING));

        assertFalse(advice.recommendedMethods().contains(SROI));
        assertTrue(
                advice.tips().contains(MethodAdvice.ASK_ADVISOR), advice.tips().toString());
    }

    @Test
    void answersThatPointNowhereStillGiveOneMethodAndTheAdviceToStartSmall() {
        Advice advice = MethodAdvice.advise(new ChooserAnswers(
                Set.of(Purpose.LEARNING),
                Euros.NO,
                Set.of(ExistingData.NUMBERS),
                Capacity.LITTLE,
                OutsideHelp.NONE,
                Phase.RUNNING));

        assertEquals(List.of(THEORY_OF_CHANGE), advice.recommendedMethods());
        assertEquals(
                List.of("chooser.reason.THEORY_OF_CHANGE.learning"),
                advice.recommended().get(0).reasons());
        assertTrue(advice.tips().contains(MethodAdvice.START_SMALL));
    }

    @Test
    void missingOrClashingAnswersAreRefusedAtTheirField() {
        ChooserAnswers complete = new ChooserAnswers(
                Set.of(Purpose.LEARNING),
                Euros.NO,
                Set.of(ExistingData.NUMBERS),
                Capacity.SOME,
                OutsideHelp.NONE,
                Phase.RUNNING);
        complete.checkAll();

        assertRefused(
                "purposes", "chooser.purposes.required", new ChooserAnswers(null, Euros.NO, null, null, null, null));
        assertRefused(
                "euros",
                "chooser.euros.required",
                new ChooserAnswers(Set.of(Purpose.LEARNING), null, null, null, null, null));
        assertRefused(
                "data",
                "chooser.data.noneWithOthers",
                new ChooserAnswers(
                        Set.of(Purpose.LEARNING),
                        Euros.NO,
                        Set.of(ExistingData.NONE, ExistingData.STORIES),
                        Capacity.SOME,
                        OutsideHelp.NONE,
                        Phase.RUNNING));
        assertRefused(
                "help",
                "chooser.help.required",
                new ChooserAnswers(
                        Set.of(Purpose.LEARNING),
                        Euros.NO,
                        Set.of(ExistingData.NUMBERS),
                        Capacity.SOME,
                        null,
                        Phase.RUNNING));
        assertRefused(
                "phase",
                "chooser.phase.required",
                new ChooserAnswers(
                        Set.of(Purpose.LEARNING),
                        Euros.NO,
                        Set.of(ExistingData.NUMBERS),
                        Capacity.SOME,
                        OutsideHelp.NONE,
                        null));
    }

    @Test
    void aFormKeepsItsAnswersWhenItIsFilledInAgain() {
        ChooserAnswers answers = new ChooserAnswers(
                Set.of(Purpose.RECOGNITION, Purpose.ACCOUNTABILITY_FUND),
                Euros.UNSURE,
                Set.of(ExistingData.STORIES, ExistingData.SURVEYS),
                Capacity.SOME,
                OutsideHelp.STUDENT,
                Phase.RUNNING);

        assertEquals(answers, ChooserForm.of(answers).answers());
        assertEquals(
                answers.purposes(),
                EnumText.split(EnumText.join(answers.purposes()), Purpose.class),
                "stored as one column and read back");
        assertEquals("ACCOUNTABILITY_FUND,RECOGNITION", EnumText.join(answers.purposes()));
    }

    private static String effortOf(Advice advice, Method method) {
        return advice.recommended().stream()
                .filter(fit -> fit.method() == method)
                .findFirst()
                .orElseThrow()
                .effort()
                .hours();
    }

    private static void assertRefused(String field, String key, ChooserAnswers answers) {
        ValidationFailure refused = assertThrows(ValidationFailure.class, answers::checkAll);
        assertEquals(key, refused.getMessageKey());
        assertEquals(field, refused.getField());
    }
}
