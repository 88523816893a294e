package nl.cmostamm.portal.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.cmostamm.portal.datacollection.Measurement;
import nl.cmostamm.portal.datacollection.MeasurementService;
import nl.cmostamm.portal.goal.Goal;
import nl.cmostamm.portal.goal.GoalForm;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.goal.IndicatorForm;
import nl.cmostamm.portal.goal.ValueType;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.logbook.HelpCategory;
import nl.cmostamm.portal.logbook.HelpRequest;
import nl.cmostamm.portal.logbook.HelpRequestForm;
import nl.cmostamm.portal.logbook.HelpStatus;
import nl.cmostamm.portal.logbook.LogbookService;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.story.StoryService;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.testing.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Surveys in Payara Micro against the real PostgreSQL: a template copied with all its questions,
 * a wave's link found by its token only, one response per submission key, refused answers that
 * store nothing, questions that keep their answers readable, results and the comparison of waves,
 * a case-closure wave's results by help category with small numbers withheld, and another
 * initiative's survey out of reach.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyServiceIT {

    @EJB
    SurveyService surveys;

    @EJB
    SurveyResults results;

    @Inject
    PublicSurveys publicSurveys;

    @EJB
    StoryService stories;

    @EJB
    LogbookService logbook;

    @EJB
    GoalService goals;

    @EJB
    MeasurementService measurements;

    @EJB
    InitiativeService initiatives;

    @EJB
    TestAccounts accounts;

    @Test
    void aTemplateIsCopiedWithEveryQuestionIntoASurveyOfTheInitiative() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        SurveyTemplate loneliness = template(scope, "Ervaren eenzaamheid (De Jong Gierveld, 6 vragen)");
        Survey survey = Tenancy.with(scope, () -> surveys.createFromTemplate(loneliness.getId(), null));

        Survey loaded = Tenancy.with(scope, () -> surveys.survey(survey.getId()));
        assertEquals(loneliness.getName(), loaded.getName());
        assertEquals(6, loaded.getQuestions().size());
        assertEquals(
                List.of("Ja", "Min of meer", "Nee"),
                loaded.getQuestions().get(0).getContent().optionList());
        assertEquals(
                "I miss having people around.",
                loaded.getQuestions().get(3).getContent().getTextEn());
        assertEquals(
                "survey.name.taken",
                assertThrows(
                                ValidationFailure.class,
                                () -> Tenancy.with(scope, () -> surveys.createFromTemplate(loneliness.getId(), null)))
                        .getMessageKey());
    }

    @Test
    void oneResponsePerSubmissionKeyAndRefusedAnswersStoreNothing() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Survey survey = Tenancy.with(
                scope,
                () -> surveys.createFromTemplate(
                        template(scope, "Tevredenheid bij afsluiting hulpvraag").getId(), null));
        Wave wave = openWave(scope, survey, "Voorjaar");
        String token = wave.getToken();
        SurveyLink link = publicSurveys.link(token).orElseThrow();
        PublicForm form = publicSurveys.form(link, "nl");
        assertTrue(form.open());
        assertEquals(6, form.questions().size());
        assertEquals(
                "Door de hulp kan ik beter zelfstandig thuis blijven wonen.",
                form.questions().get(2).text());
        assertEquals(
                "What could be better?",
                publicSurveys.form(link, "en").questions().get(5).text());

        String key = UUID.randomUUID().toString();
        Submission answers = submission(
                key,
                form,
                Map.of(
                        0,
                        List.of("5"),
                        1,
                        List.of("4"),
                        3,
                        List.of("1"),
                        4,
                        List.of("8,5"),
                        5,
                        List.of("Meer vrijwilligers op zaterdag")));
        assertEquals(SubmitOutcome.STORED, publicSurveys.submit(token, answers));
        assertEquals(
                SubmitOutcome.DUPLICATE, publicSurveys.submit(token, answers), "a double click stores nothing new");
        assertEquals(1, Tenancy.with(scope, () -> results.responses(wave.getId())));

        AnswerProblems refused = assertThrows(
                AnswerProblems.class,
                () -> publicSurveys.submit(
                        token,
                        submission(
                                UUID.randomUUID().toString(),
                                form,
                                Map.of(1, List.of("9"), 4, List.of("elf"), 5, List.of("x".repeat(4001))))));
        long first = form.questions().get(0).id();
        assertEquals("answer.required", refused.getProblems().get(first));
        assertEquals(
                "answer.invalid",
                refused.getProblems().get(form.questions().get(1).id()));
        assertEquals(
                "answer.number.invalid",
                refused.getProblems().get(form.questions().get(4).id()));
        assertEquals(
                "answer.text.long",
                refused.getProblems().get(form.questions().get(5).id()));
        assertThrows(
                AnswerProblems.class,
                () -> publicSurveys.submit(
                        token,
                        submission(
                                UUID.randomUUID().toString(),
                                form,
                                Map.of(0, List.of("5"), 1, List.of("4"), 4, List.of("11")))),
                "a mark above 10 is out of range");
        assertEquals(1, Tenancy.with(scope, () -> results.responses(wave.getId())), "nothing half-saved");

        List<QuestionResult> figures = Tenancy.with(scope, () -> results.results(wave.getId()));
        assertEquals(1, figures.get(0).distribution().get(4).count(), "one 'helemaal mee eens'");
        assertEquals(8.5, figures.get(4).sample().mean(), 1e-9);
        assertEquals(
                "Meer vrijwilligers op zaterdag",
                figures.get(5).openAnswers().get(0).text());

        String csv = new String(
                Tenancy.with(scope, () -> results.exportCsv(wave.getId(), InContainer::dutch)), StandardCharsets.UTF_8);
        assertTrue(csv.contains("Helemaal mee eens;Mee eens;;ja;8,5;Meer vrijwilligers op zaterdag"), csv);

        Tenancy.with(
                scope,
                () -> results.saveAsStory(figures.get(5).openAnswers().get(0).id()));
        assertTrue(
                Tenancy.with(scope, stories::awaitingConsent).stream()
                        .anyMatch(s -> s.getBody().equals("Meer vrijwilligers op zaterdag")),
                "an open answer saved as story waits for consent");
    }

    @Test
    void aClosedWaveTakesNoAnswersAndUnknownTokensFindNothing() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Survey survey = Tenancy.with(
                scope,
                () -> surveys.createFromTemplate(
                        template(scope, "Welbevinden (kort)").getId(), null));
        Wave wave = openWave(scope, survey, "Najaar");
        Tenancy.with(scope, () -> surveys.closeWave(wave.getId(), wave.getVersion()));
        String token = wave.getToken();
        SurveyLink link = publicSurveys.link(token).orElseThrow();
        assertFalse(publicSurveys.form(link, "nl").open());
        assertEquals(
                SubmitOutcome.CLOSED,
                publicSurveys.submit(token, new Submission(UUID.randomUUID().toString(), "nl", Map.of())));
        assertEquals(
                SubmitOutcome.UNKNOWN,
                publicSurveys.submit(
                        LinkTokens.newToken(), new Submission(UUID.randomUUID().toString(), "nl", Map.of())));

        assertTrue(publicSurveys.link(LinkTokens.newToken()).isEmpty(), "a random token");
        assertTrue(publicSurveys.link(wave.getToken().substring(1) + "A").isEmpty(), "a tampered token");
        assertTrue(publicSurveys.link("../../etc/passwd").isEmpty());
        assertTrue(publicSurveys.link(null).isEmpty());
    }

    @Test
    void aQuestionWithAnswersKeepsItsTypeAndIsArchivedNotDeleted() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        SurveyForm survey = new SurveyForm();
        survey.setName("Buurtpeiling");
        Survey saved = Tenancy.with(scope, () -> surveys.save(survey));
        Question asked =
                Tenancy.with(scope, () -> surveys.saveQuestion(saved.getId(), likert("Ik voel me thuis in het dorp.")));
        assertEquals(5, asked.getContent().optionList().size(), "empty Likert labels become the five standard ones");
        Tenancy.with(scope, () -> surveys.saveQuestion(saved.getId(), likert("Ik ken mijn buren.")));
        Wave wave = openWave(scope, saved, "Peiling");
        String token = wave.getToken();
        SurveyLink link = publicSurveys.link(token).orElseThrow();
        PublicForm form = publicSurveys.form(link, "nl");
        publicSurveys.submit(
                token, submission(UUID.randomUUID().toString(), form, Map.of(0, List.of("4"), 1, List.of("2"))));

        QuestionForm edited = QuestionForm.of(Tenancy.with(scope, () -> surveys.survey(saved.getId()))
                .getQuestions()
                .get(0));
        edited.getContent().setType(QuestionType.YES_NO);
        assertEquals(
                "question.type.locked",
                assertThrows(
                                ValidationFailure.class,
                                () -> Tenancy.with(scope, () -> surveys.saveQuestion(saved.getId(), edited)))
                        .getMessageKey());
        QuestionForm reworded = QuestionForm.of(Tenancy.with(scope, () -> surveys.survey(saved.getId()))
                .getQuestions()
                .get(0));
        reworded.getContent().setText("Ik voel me thuis in Middelstum.");
        Tenancy.with(scope, () -> surveys.saveQuestion(saved.getId(), reworded));

        Question current = Tenancy.with(scope, () -> surveys.survey(saved.getId()))
                .getQuestions()
                .get(0);
        assertFalse(
                Tenancy.with(scope, () -> surveys.removeQuestion(current.getId(), current.getVersion())),
                "archived, not deleted");
        Question unanswered = Tenancy.with(scope, () -> surveys.saveQuestion(saved.getId(), likert("Nooit gesteld.")));
        assertTrue(
                Tenancy.with(scope, () -> surveys.removeQuestion(unanswered.getId(), unanswered.getVersion())),
                "no answers: deleted");
        Question answeredExtra = Tenancy.with(scope, () -> surveys.survey(saved.getId()))
                .getQuestions()
                .get(1);
        Tenancy.with(scope, () -> surveys.removeQuestion(answeredExtra.getId(), answeredExtra.getVersion()));
        assertEquals(0, publicSurveys.form(link, "nl").questions().size(), "respondents no longer see it");
        QuestionResult kept =
                Tenancy.with(scope, () -> results.results(wave.getId())).get(0);
        assertTrue(kept.question().isArchived());
        assertEquals(1, kept.distribution().get(3).count(), "its answer stays readable");
        assertEquals(
                "wave.hasResponses",
                assertThrows(
                                ValidationFailure.class,
                                () -> Tenancy.with(scope, () -> {
                                    surveys.deleteWave(wave.getId(), wave.getVersion());
                                    return null;
                                }))
                        .getMessageKey());
    }

    @Test
    void twoWavesAreComparedWithWelchsInterval() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        SurveyForm survey = new SurveyForm();
        survey.setName("Voor en na");
        Survey saved = Tenancy.with(scope, () -> surveys.save(survey));
        Tenancy.with(scope, () -> surveys.saveQuestion(saved.getId(), likert("Ik heb iemand om op terug te vallen.")));
        Wave before = openWave(scope, saved, "Voormeting");
        Wave after = openWave(scope, saved, "Nameting");
        answerLikert(before, "2", "3", "3", "4");
        answerLikert(after, "3", "4", "4", "5", "4");

        Comparison comparison = Tenancy.with(scope, () -> results.compare(before.getId(), after.getId()))
                .get(0);
        assertEquals(4, comparison.before().n());
        assertEquals(5, comparison.after().n());
        assertEquals(1.0, comparison.difference().estimate(), 1e-9);
        // the same numbers as StatisticsTest worked out by hand
        assertEquals(-0.2612, comparison.difference().low(), 0.0005);
        assertEquals(2.2612, comparison.difference().high(), 0.0005);
    }

    @Test
    void anotherInitiativesSurveyWavesAndResultsAreNotFound() {
        Tenancy.Scope a = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Tenancy.Scope b = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Survey survey = Tenancy.with(
                a,
                () -> surveys.createFromTemplate(
                        template(a, "Tevredenheid vrijwilligers").getId(), null));
        Wave wave = openWave(a, survey, "Van A");

        assertThrows(NotFoundException.class, () -> Tenancy.with(b, () -> surveys.survey(survey.getId())));
        assertThrows(NotFoundException.class, () -> Tenancy.with(b, () -> surveys.wave(wave.getId())));
        assertThrows(NotFoundException.class, () -> Tenancy.with(b, () -> results.results(wave.getId())));
        assertThrows(
                NotFoundException.class,
                () -> Tenancy.with(b, () -> results.exportCsv(wave.getId(), InContainer::dutch)));
        assertThrows(
                NotFoundException.class,
                () -> Tenancy.with(b, () -> surveys.saveWave(survey.getId(), WaveForm.of(wave))));
        assertThrows(
                NotFoundException.class,
                () -> Tenancy.with(b, () -> {
                    surveys.deleteWave(wave.getId(), wave.getVersion());
                    return null;
                }));
        assertTrue(Tenancy.with(b, surveys::summaries).isEmpty());

        SurveyForm ofB = new SurveyForm();
        ofB.setName("Van B");
        Survey savedB = Tenancy.with(b, () -> surveys.save(ofB));
        Tenancy.with(b, () -> surveys.saveQuestion(savedB.getId(), likert("Vraag van B")));
        Wave waveB = openWave(b, savedB, "B");
        long questionOfA = Tenancy.with(a, () -> surveys.survey(survey.getId()))
                .getQuestions()
                .get(0)
                .getId();
        AnswerProblems refused = assertThrows(
                AnswerProblems.class,
                () -> publicSurveys.submit(
                        waveB.getToken(),
                        new Submission(UUID.randomUUID().toString(), "nl", Map.of(questionOfA, List.of("4")))));
        assertEquals(
                Map.of(
                        Tenancy.with(b, () -> surveys.survey(savedB.getId()))
                                .getQuestions()
                                .get(0)
                                .getId(),
                        "answer.required"),
                refused.getProblems(),
                "A's question id is no answer to B's survey");
        assertEquals(0, Tenancy.with(a, () -> results.responses(wave.getId())), "and reaches nothing of A");
    }

    @Test
    void aFinishedHelpRequestGetsAOneTimeLinkWhoseAnswerCarriesOnlyItsCategory() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Survey survey = Tenancy.with(
                scope,
                () -> surveys.createFromTemplate(
                        template(scope, "Tevredenheid bij afsluiting hulpvraag").getId(), null));
        HelpCategory transport = Tenancy.with(scope, logbook::categories).get(0);
        HelpRequestForm request = new HelpRequestForm();
        request.setRequestedOn(LocalDate.now());
        request.setRequester("mevr. D.");
        request.setStatus(HelpStatus.OPEN);
        request.setCategoryId(transport.getId());
        HelpRequest open = Tenancy.with(scope, () -> logbook.saveRequest(request));
        assertEquals(
                "closure.notDone",
                assertThrows(
                                ValidationFailure.class,
                                () -> Tenancy.with(scope, () -> surveys.closureLink(open.getId())))
                        .getMessageKey());
        HelpRequestForm done = HelpRequestForm.of(Tenancy.with(scope, () -> logbook.request(open.getId())));
        done.setStatus(HelpStatus.DONE);
        Tenancy.with(scope, () -> logbook.saveRequest(done));
        assertEquals(
                "closure.noWave",
                assertThrows(
                                ValidationFailure.class,
                                () -> Tenancy.with(scope, () -> surveys.closureLink(open.getId())))
                        .getMessageKey());

        WaveForm closure = new WaveForm();
        closure.setName("Bij afsluiting 2026");
        closure.setKind(WaveKind.CLOSURE);
        closure.setOpensOn(LocalDate.now());
        closure.setClosesOn(LocalDate.now().plusMonths(6));
        Wave wave = Tenancy.with(scope, () -> surveys.saveWave(survey.getId(), closure));
        String token = Tenancy.with(scope, () -> surveys.closureLink(open.getId()));
        PublicForm form = publicSurveys.form(publicSurveys.link(token).orElseThrow(), "nl");
        assertTrue(form.open());
        Submission answers = submission(UUID.randomUUID().toString(), form, Map.of(0, List.of("5"), 1, List.of("5")));
        assertEquals(SubmitOutcome.STORED, publicSurveys.submit(token, answers));
        assertEquals(
                SubmitOutcome.DUPLICATE, publicSurveys.submit(token, answers), "a second click is taken as the first");
        assertEquals(
                SubmitOutcome.CLOSED,
                publicSurveys.submit(
                        token,
                        submission(UUID.randomUUID().toString(), form, Map.of(0, List.of("1"), 1, List.of("1")))),
                "used: one response only");
        assertFalse(publicSurveys
                .form(publicSurveys.link(token).orElseThrow(), "nl")
                .open());

        String csv = new String(
                Tenancy.with(scope, () -> results.exportCsv(wave.getId(), InContainer::dutch)), StandardCharsets.UTF_8);
        assertTrue(csv.contains(";nl;" + transport.getName() + ";Helemaal mee eens;Helemaal mee eens;"), csv);
        assertFalse(csv.contains("mevr. D."), "never the person");
        assertEquals(1, Tenancy.with(scope, () -> results.responses(wave.getId())));
    }

    @Test
    void aClosureWavesAnswersAreBrokenDownByHelpCategoryWithSmallNumbersWithheld() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        List<HelpCategory> categories = Tenancy.with(scope, logbook::categories);
        HelpCategory transport = categories.get(0);
        HelpCategory oddJobs = categories.get(1);
        SurveyForm survey = new SurveyForm();
        survey.setName("Afsluiting hulpvraag");
        Survey saved = Tenancy.with(scope, () -> surveys.save(survey));
        Tenancy.with(scope, () -> surveys.saveQuestion(saved.getId(), likert("Ik ben tevreden over de hulp.")));
        QuestionForm recommend = likert("Zou u ons aanbevelen?");
        recommend.getContent().setType(QuestionType.YES_NO);
        Tenancy.with(scope, () -> surveys.saveQuestion(saved.getId(), recommend));
        QuestionForm mark = likert("Welk cijfer geeft u de hulp?");
        mark.getContent().setType(QuestionType.NUMBER);
        Tenancy.with(scope, () -> surveys.saveQuestion(saved.getId(), mark));
        QuestionForm better = likert("Wat kan beter?");
        better.getContent().setType(QuestionType.LONG_TEXT);
        better.getContent().setRequired(false);
        Tenancy.with(scope, () -> surveys.saveQuestion(saved.getId(), better));
        WaveForm closure = new WaveForm();
        closure.setName("Bij afsluiting");
        closure.setKind(WaveKind.CLOSURE);
        closure.setOpensOn(LocalDate.now());
        closure.setClosesOn(LocalDate.now().plusMonths(6));
        Wave wave = Tenancy.with(scope, () -> surveys.saveWave(saved.getId(), closure));
        PublicForm form = publicSurveys.form(publicSurveys.link(wave.getToken()).orElseThrow(), "nl");

        // transport, 6 clients: scores 5 4 4 5 3 4 (mean 25/6), 5 of 6 yes, marks 8 7 9 6 8 7 (mean 7.5)
        String[][] transportAnswers = {
            {"5", "1", "8"}, {"4", "1", "7"}, {"4", "1", "9"}, {"5", "1", "6"}, {"3", "2", "8"}, {"4", "1", "7"}
        };
        for (String[] answers : transportAnswers) {
            answerClosure(closureLink(scope, transport), form, answers);
        }
        // odd jobs, 2 clients: below the threshold
        answerClosure(closureLink(scope, oddJobs), form, "1", "2", "3");
        answerClosure(closureLink(scope, oddJobs), form, "2", "2", "4");
        // the wave's ordinary link, 5 people, exactly the threshold: scores 2 3 3 4 3, 2 of 5 yes, marks 5 to 9
        String[][] withoutAnswers = {{"2", "1", "5"}, {"3", "2", "6"}, {"3", "2", "7"}, {"4", "2", "8"}, {"3", "1", "9"}
        };
        for (String[] answers : withoutAnswers) {
            answerClosure(wave.getToken(), form, answers);
        }

        CategoryBreakdown breakdown = Tenancy.with(scope, () -> results.byHelpCategory(wave.getId()));

        assertEquals(
                Arrays.asList(transport.getName(), oddJobs.getName(), null),
                breakdown.categories().stream()
                        .map(CategoryBreakdown.Category::name)
                        .toList(),
                "the logbook's order, categories nobody answered from left out, no category last");
        assertEquals(
                List.of(6L, 2L, 5L),
                breakdown.categories().stream()
                        .map(CategoryBreakdown.Category::responses)
                        .toList());
        assertEquals(
                List.of(false, true, false),
                breakdown.categories().stream()
                        .map(CategoryBreakdown.Category::isWithheld)
                        .toList());
        assertEquals(
                List.of("Ik ben tevreden over de hulp.", "Zou u ons aanbevelen?", "Welk cijfer geeft u de hulp?"),
                breakdown.questions().stream()
                        .map(q -> q.question().getContent().getText())
                        .toList(),
                "choice and scored questions only: an open answer has no distribution");

        CategoryBreakdown.QuestionRows satisfied = breakdown.questions().get(0);
        assertEquals(5, satisfied.options().size());
        CategoryBreakdown.Row transportRow = satisfied.rows().get(0);
        assertEquals(6, transportRow.answered());
        assertEquals(
                List.of(0L, 0L, 1L, 3L, 2L),
                transportRow.distribution().stream()
                        .map(QuestionResult.Bar::count)
                        .toList());
        assertEquals(50.0, transportRow.distribution().get(3).percent(), 1e-9);
        assertEquals(100.0 / 3, transportRow.distribution().get(4).percent(), 1e-9);
        assertEquals(25.0 / 6, transportRow.sample().mean(), 1e-9);
        CategoryBreakdown.Row oddJobsRow = satisfied.rows().get(1);
        assertEquals(2, oddJobsRow.answered(), "n shows");
        assertTrue(oddJobsRow.isWithheld());
        assertTrue(oddJobsRow.distribution().isEmpty(), "no counts or percentages of two clients");
        assertFalse(oddJobsRow.hasMean(), "nor their mean");
        CategoryBreakdown.Row withoutRow = satisfied.rows().get(2);
        assertEquals(5, withoutRow.answered());
        assertTrue(
                withoutRow.protecting() && withoutRow.distribution().isEmpty(),
                "five answers would be enough, but as the smallest group shown they would give away the two "
                        + "withheld ones through the wave's totals");
        CategoryBreakdown.QuestionRows recommended = breakdown.questions().get(1);
        assertEquals(List.of("Ja", "Nee"), recommended.options());
        assertEquals(5, recommended.rows().get(0).distribution().get(0).count());
        assertEquals(500.0 / 6, recommended.rows().get(0).distribution().get(0).percent(), 1e-9);
        assertEquals(5.0 / 6, recommended.rows().get(0).sample().mean(), 1e-9, "the share saying yes");
        assertTrue(recommended.rows().get(1).isWithheld());
        assertTrue(recommended.rows().get(2).protecting());

        CategoryBreakdown.QuestionRows marks = breakdown.questions().get(2);
        assertTrue(marks.options().isEmpty(), "a number has no options");
        assertEquals(7.5, marks.rows().get(0).sample().mean(), 1e-9);
        assertEquals(2, marks.rows().get(1).answered());
        assertFalse(marks.rows().get(1).hasMean());
        assertFalse(marks.rows().get(2).hasMean(), "withheld with the small group");

        assertEquals(
                Tenancy.with(scope, () -> results.responses(wave.getId())),
                breakdown.categories().stream()
                        .mapToLong(CategoryBreakdown.Category::responses)
                        .sum(),
                "every response in one row");
        Tenancy.Scope other = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        assertThrows(NotFoundException.class, () -> Tenancy.with(other, () -> results.byHelpCategory(wave.getId())));
    }

    @Test
    void aWavesShareOfSatisfiedRespondentsBecomesAMeasurementOfItsIndicator() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        GoalForm goalForm = new GoalForm();
        goalForm.setTitle("Tevreden hulpvragers");
        Goal goal = Tenancy.with(scope, () -> goals.save(goalForm));
        IndicatorForm satisfied = new IndicatorForm();
        satisfied.setName("% (zeer) tevreden");
        satisfied.setValueType(ValueType.PERCENTAGE);
        satisfied.setTarget(BigDecimal.valueOf(80));
        Indicator indicator = Tenancy.with(scope, () -> goals.saveIndicator(goal.getId(), satisfied));

        SurveyForm survey = new SurveyForm();
        survey.setName("Tevredenheid");
        Survey saved = Tenancy.with(scope, () -> surveys.save(survey));
        QuestionForm fed = likert("Ik ben tevreden over de hulp.");
        fed.setIndicatorId(indicator.getId());
        fed.setFeed(Feed.MEAN);
        fed.getContent().setType(QuestionType.YES_NO);
        assertEquals(
                "question.feed.unfit",
                assertThrows(
                                ValidationFailure.class,
                                () -> Tenancy.with(scope, () -> surveys.saveQuestion(saved.getId(), fed)))
                        .getMessageKey());
        QuestionForm question = likert("Ik ben tevreden over de hulp.");
        question.setIndicatorId(indicator.getId());
        question.setFeed(Feed.SHARE_TOP_TWO);
        Tenancy.with(scope, () -> surveys.saveQuestion(saved.getId(), question));
        Wave wave = openWave(scope, saved, "Najaar");
        answerLikert(wave, "5", "4", "4", "2", "3", "5", "4", "1");

        assertEquals(1, Tenancy.with(scope, () -> results.feedIndicators(wave.getId())));
        assertEquals(
                1,
                Tenancy.with(scope, () -> results.feedIndicators(wave.getId())),
                "pressing twice updates, adds nothing");
        List<Measurement> values = Tenancy.with(scope, () -> measurements.page(0, 10));
        assertEquals(1, values.size());
        assertEquals(0, new BigDecimal("62.5").compareTo(values.get(0).getValue()), "5 of 8 answered 4 or 5");
        assertEquals("Vragenlijst", values.get(0).getSource());
        assertTrue(values.get(0).getNote().contains("n = 8"), values.get(0).getNote());

        Indicator current = Tenancy.with(scope, () -> goals.indicator(indicator.getId()));
        Tenancy.with(scope, () -> {
            goals.deleteIndicator(current.getId(), current.getVersion());
            return null;
        });
        Question left = Tenancy.with(scope, () -> surveys.survey(saved.getId()))
                .getQuestions()
                .get(0);
        assertEquals(null, left.getIndicator(), "a deleted indicator leaves its question, without one");
        assertEquals(0, Tenancy.with(scope, () -> results.feedIndicators(wave.getId())));
    }

    private SurveyTemplate template(Tenancy.Scope scope, String name) {
        return Tenancy.with(scope, surveys::templates).stream()
                .filter(t -> t.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private Wave openWave(Tenancy.Scope scope, Survey survey, String name) {
        WaveForm wave = new WaveForm();
        wave.setName(name);
        wave.setKind(WaveKind.PERIODIC);
        wave.setOpensOn(LocalDate.now());
        wave.setClosesOn(LocalDate.now().plusDays(7));
        Wave saved = Tenancy.with(scope, () -> surveys.saveWave(survey.getId(), wave));
        assertNotNull(saved.getToken());
        assertEquals(43, saved.getToken().length(), "256 random bits");
        return saved;
    }

    /** A finished help request of the category, and the one-time link its client gets. */
    private String closureLink(Tenancy.Scope scope, HelpCategory category) {
        HelpRequestForm request = new HelpRequestForm();
        request.setRequestedOn(LocalDate.now());
        request.setRequester("Hulpvrager");
        request.setStatus(HelpStatus.DONE);
        request.setCategoryId(category.getId());
        HelpRequest done = Tenancy.with(scope, () -> logbook.saveRequest(request));
        return Tenancy.with(scope, () -> surveys.closureLink(done.getId()));
    }

    /** One response through {@code token}, answering the form's first questions in order. */
    private void answerClosure(String token, PublicForm form, String... answers) {
        Map<Integer, List<String>> byPosition = new HashMap<>();
        for (int i = 0; i < answers.length; i++) {
            byPosition.put(i, List.of(answers[i]));
        }
        assertEquals(
                SubmitOutcome.STORED,
                publicSurveys.submit(token, submission(UUID.randomUUID().toString(), form, byPosition)));
    }

    private void answerLikert(Wave wave, String... scores) {
        String token = wave.getToken();
        SurveyLink link = publicSurveys.link(token).orElseThrow();
        PublicForm form = publicSurveys.form(link, "nl");
        for (String score : scores) {
            assertEquals(
                    SubmitOutcome.STORED,
                    publicSurveys.submit(
                            token, submission(UUID.randomUUID().toString(), form, Map.of(0, List.of(score)))));
        }
    }

    private static QuestionForm likert(String text) {
        QuestionForm question = new QuestionForm();
        question.getContent().setType(QuestionType.LIKERT);
        question.getContent().setText(text);
        question.getContent().setRequired(true);
        return question;
    }

    /** Answers by the question's place in the form. */
    private static Submission submission(String key, PublicForm form, Map<Integer, List<String>> byPosition) {
        Map<Long, List<String>> values = new HashMap<>();
        byPosition.forEach(
                (position, given) -> values.put(form.questions().get(position).id(), given));
        return new Submission(key, "nl", values);
    }
}
