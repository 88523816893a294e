package nl.cmostamm.portal.method.effect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import nl.cmostamm.portal.goal.Goal;
import nl.cmostamm.portal.goal.GoalForm;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.shared.ConcurrentEditException;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.survey.PublicForm;
import nl.cmostamm.portal.survey.PublicSurveys;
import nl.cmostamm.portal.survey.Submission;
import nl.cmostamm.portal.survey.SubmitOutcome;
import nl.cmostamm.portal.survey.Survey;
import nl.cmostamm.portal.survey.SurveyLink;
import nl.cmostamm.portal.survey.SurveyService;
import nl.cmostamm.portal.survey.SurveyTemplate;
import nl.cmostamm.portal.survey.Wave;
import nl.cmostamm.portal.survey.WaveForm;
import nl.cmostamm.portal.survey.WaveKind;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.testing.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Effect measurement in Payara Micro against the real PostgreSQL: a survey copied from the De Jong
 * Gierveld template is recognised and each respondent is scored from their own answers, the waves
 * are compared on those scores and on their classes; comparisons of waves of two surveys, of a wave
 * with itself or the wrong way round are refused; another initiative's effects and waves are not
 * found; a stale form is a conflict.
 */
@ExtendWith(ArquillianExtension.class)
class EffectServiceIT {

    // answers in the template's order (1 = Ja, 2 = Min of meer, 3 = Nee) and the total they score
    private static final String[] SIX = {"1", "3", "3", "1", "3", "1"};
    private static final String[] THREE = {"1", "1", "1", "1", "1", "1"};
    private static final String[] TWO = {"2", "1", "1", "2", "1", "3"};
    private static final String[] NONE = {"3", "1", "1", "3", "1", "3"};

    @EJB
    EffectService effects;

    @EJB
    SurveyService surveys;

    @Inject
    PublicSurveys publicSurveys;

    @EJB
    GoalService goals;

    @EJB
    InitiativeService initiatives;

    @EJB
    TestAccounts accounts;

    @Test
    void theLonelinessScaleIsScoredPerRespondentAndTheWavesAreComparedOnIt() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Survey survey = lonelinessSurvey(scope, "Eenzaamheid inloop");
        Wave before = wave(scope, survey, "Voor", WaveKind.PRE, 0);
        Wave after = wave(scope, survey, "Na", WaveKind.POST, 1);
        answer(before, 6, SIX);
        answer(before, 5, THREE);
        answer(after, 4, THREE);
        answer(after, 6, NONE);
        answer(after, 2, TWO);
        Effect effect = as(scope, () -> effects.saveEffect(effect("Minder eenzaam", goal(scope))));
        as(scope, () -> effects.addComparison(effect.getId(), before.getId(), after.getId()));

        EffectReport report = as(scope, () -> effects.report(effect.getId()));

        EffectReport.Compared compared = report.comparisons().get(0);
        assertEquals(11, compared.responsesBefore());
        assertEquals(12, compared.responsesAfter());
        EffectReport.ScaleEffect scale = compared.scale();
        assertNotNull(scale, "the survey copied from the template is recognised as the scale");
        assertEquals(11, scale.scoredBefore());
        assertEquals(0, scale.unscoredBefore());
        // before: 6 × 6 + 5 × 3 = 51 over 11; after: 4 × 3 + 6 × 0 + 2 × 2 = 16 over 12
        assertEquals(51.0 / 11, scale.total().before().mean(), 1e-9);
        assertEquals(16.0 / 12, scale.total().after().mean(), 1e-9);
        assertEquals(Reading.LOWER, scale.total().reading(), "clearly less lonely after the season");
        assertTrue(scale.total().difference().high() < 0);
        assertNotNull(scale.total().g());
        // emotional: before 6 × 3 + 5 × 3 = 33 over 11 = 3; after 4 × 3 + 0 + 2 × 2 = 16 over 12
        assertEquals(3.0, scale.emotional().before().mean(), 1e-9);
        assertEquals(16.0 / 12, scale.emotional().after().mean(), 1e-9);
        // social: before 6 × 3 = 18 over 11; after 0
        assertEquals(18.0 / 11, scale.social().before().mean(), 1e-9);
        assertEquals(0.0, scale.social().after().mean(), 1e-9);
        // classes not lonely / moderately / severely: totals 6 are severe, 3 and 2 moderate, 0 not
        assertArrayEquals(new long[] {0, 5, 6}, scale.levelsBefore());
        assertArrayEquals(new long[] {6, 6, 0}, scale.levelsAfter());
        assertTrue(scale.levels().isComputable());
        assertEquals(List.of(scale.total()), compared.headline(), "the summary leads with the total score");

        EffectReport.QuestionEffect first = compared.questions().get(0);
        assertNull(first.scored(), "a single-choice item has no mean of its own");
        assertNotNull(first.distribution(), "but a distribution");
        assertArrayEquals(new long[] {11, 0, 0}, first.contrast().countsBefore());
        assertEquals(1, as(scope, effects::effects).get(0).comparisons());
        assertEquals(1, as(scope, effects::reports).size());
    }

    @Test
    void comparisonsThatMeanNothingAreRefusedAndAnotherInitiativesWavesAreNotFound() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Survey one = lonelinessSurvey(scope, "Een");
        Survey other = lonelinessSurvey(scope, "Ander");
        Wave first = wave(scope, one, "Eerst", WaveKind.PRE, 0);
        Wave later = wave(scope, one, "Later", WaveKind.POST, 1);
        Wave elsewhere = wave(scope, other, "Elders", WaveKind.POST, 1);
        Effect effect = as(scope, () -> effects.saveEffect(effect("Meer contact", goal(scope))));
        long id = effect.getId();

        assertEquals(
                "effect.comparison.otherSurvey",
                refusal(() -> as(scope, () -> effects.addComparison(id, first.getId(), elsewhere.getId()))));
        assertEquals(
                "effect.comparison.sameWave",
                refusal(() -> as(scope, () -> effects.addComparison(id, first.getId(), first.getId()))));
        assertEquals(
                "effect.comparison.order",
                refusal(() -> as(scope, () -> effects.addComparison(id, later.getId(), first.getId()))));
        as(scope, () -> effects.addComparison(id, first.getId(), later.getId()));
        assertEquals(
                "effect.comparison.twice",
                refusal(() -> as(scope, () -> effects.addComparison(id, first.getId(), later.getId()))));
        assertEquals(
                "effect.outcome.required", refusal(() -> as(scope, () -> effects.saveEffect(effect("Zonder", null)))));

        Tenancy.Scope stranger = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        assertThrows(NotFoundException.class, () -> as(stranger, () -> effects.report(id)));
        assertTrue(as(stranger, effects::effects).isEmpty());
        Effect own = as(stranger, () -> effects.saveEffect(effect("Eigen", goal(stranger))));
        assertEquals(
                "effect.comparison.before.required",
                refusal(() -> as(stranger, () -> effects.addComparison(own.getId(), first.getId(), later.getId()))),
                "another initiative's waves do not exist here");
        assertEquals(
                "effect.goal.invalid",
                refusal(() -> as(stranger, () -> effects.saveEffect(effect("Met doel van een ander", goal(scope))))));

        EffectForm stale = as(scope, () -> effects.effectForm(id));
        EffectForm fresh = as(scope, () -> effects.effectForm(id));
        fresh.setDescription("Bijgewerkt");
        as(scope, () -> effects.saveEffect(fresh));
        stale.setTitle("Overschreven");
        assertThrows(ConcurrentEditException.class, () -> as(scope, () -> effects.saveEffect(stale)));
    }

    // --- helpers

    private static <T> T as(Tenancy.Scope scope, Supplier<T> call) {
        return Tenancy.with(scope, call::get);
    }

    private static String refusal(Runnable call) {
        return assertThrows(ValidationFailure.class, call::run).getMessageKey();
    }

    private Survey lonelinessSurvey(Tenancy.Scope scope, String name) {
        SurveyTemplate template = as(scope, surveys::templates).stream()
                .filter(t -> t.getName().startsWith("Ervaren eenzaamheid"))
                .findFirst()
                .orElseThrow();
        return as(scope, () -> surveys.createFromTemplate(template.getId(), name));
    }

    private Wave wave(Tenancy.Scope scope, Survey survey, String name, WaveKind kind, int weeksLater) {
        WaveForm form = new WaveForm();
        form.setName(name);
        form.setKind(kind);
        form.setOpensOn(LocalDate.now().minusWeeks(1).plusWeeks(weeksLater));
        form.setClosesOn(LocalDate.now().plusWeeks(4));
        return as(scope, () -> surveys.saveWave(survey.getId(), form));
    }

    /** {@code times} responses through the wave's link, each answering the six items as given. */
    private void answer(Wave wave, int times, String[] items) {
        SurveyLink link = publicSurveys.link(wave.getToken()).orElseThrow();
        PublicForm form = publicSurveys.form(link, "nl");
        for (int i = 0; i < times; i++) {
            Map<Long, List<String>> values = new HashMap<>();
            for (int item = 0; item < items.length; item++) {
                values.put(form.questions().get(item).id(), List.of(items[item]));
            }
            assertEquals(
                    SubmitOutcome.STORED,
                    publicSurveys.submit(
                            wave.getToken(), new Submission(UUID.randomUUID().toString(), "nl", values)));
        }
    }

    private long goal(Tenancy.Scope scope) {
        GoalForm form = new GoalForm();
        form.setTitle("Minder eenzaamheid " + UUID.randomUUID().toString().substring(0, 6));
        Goal goal = as(scope, () -> goals.save(form));
        return goal.getId();
    }

    private static EffectForm effect(String title, Long goalId) {
        EffectForm form = new EffectForm();
        form.setTitle(title);
        form.setGoalId(goalId);
        return form;
    }
}
