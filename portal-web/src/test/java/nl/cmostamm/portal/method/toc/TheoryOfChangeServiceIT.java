package nl.cmostamm.portal.method.toc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.datacollection.GridRow;
import nl.cmostamm.portal.datacollection.MeasurementService;
import nl.cmostamm.portal.goal.Goal;
import nl.cmostamm.portal.goal.GoalForm;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.goal.IndicatorForm;
import nl.cmostamm.portal.goal.IndicatorKind;
import nl.cmostamm.portal.goal.Light;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.shared.ConcurrentEditException;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.story.Story;
import nl.cmostamm.portal.story.StoryConsentForm;
import nl.cmostamm.portal.story.StoryForm;
import nl.cmostamm.portal.story.StoryService;
import nl.cmostamm.portal.story.TellerRole;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.testing.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Theory of Change in Payara Micro against the real PostgreSQL: the step plan resumes where
 * the board left it, elements and links keep their rules, indicators are shared with the goals
 * module and bring their lights, only stories with consent for reports are counted, versions are
 * frozen and compared, two people saving the same element conflict, and another initiative's
 * elements are not found.
 */
@ExtendWith(ArquillianExtension.class)
class TheoryOfChangeServiceIT {

    @EJB
    TheoryOfChangeService toc;

    @EJB
    GoalService goals;

    @EJB
    MeasurementService measurements;

    @EJB
    StoryService stories;

    @EJB
    nl.cmostamm.portal.survey.SurveyService surveys;

    @EJB
    AuditLog audit;

    @EJB
    InitiativeService initiatives;

    @EJB
    TestAccounts accounts;

    @Test
    void theStepPlanStartsAtOneAndResumesWhereTheBoardLeftIt() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        assertEquals(1, Tenancy.with(scope, toc::plan).step());

        TocElement problem = Tenancy.with(scope, () -> toc.saveElement(element(Level.PROBLEM, "Eenzaamheid")));
        Tenancy.with(scope, () -> {
            toc.reach(4, false);
            return null;
        });

        assertEquals(4, Tenancy.with(scope, toc::plan).step(), "a later visit resumes at step 4");
        assertFalse(Tenancy.with(scope, toc::plan).completed());
        assertEquals(
                List.of(problem.getId()),
                Tenancy.with(scope, () -> toc.elementsAt(Level.PROBLEM)).stream()
                        .map(TocElement::getId)
                        .toList(),
                "the answer of step 1 was kept as a draft");
        Tenancy.with(scope, () -> {
            toc.reach(10, true);
            return null;
        });
        assertTrue(Tenancy.with(scope, toc::plan).completed());
        assertEquals(
                "toc.step.invalid",
                assertThrows(
                                ValidationFailure.class,
                                () -> Tenancy.with(scope, () -> {
                                    toc.reach(11, false);
                                    return null;
                                }))
                        .getMessageKey());
    }

    @Test
    void theChainShowsEachIndicatorsLatestValueAndLightAndOnlyStoriesWithConsentForReports() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Goal goal = Tenancy.with(scope, () -> goals.save(goal("Minder eenzaamheid")));
        Indicator visitors = Tenancy.with(scope, () -> goals.saveIndicator(goal.getId(), indicator("Bezoekers", 40)));
        LocalDate day = LocalDate.of(2026, 11, 12);
        List<GridRow> grid = Tenancy.with(scope, () -> measurements.grid(day));
        grid.stream()
                .filter(r -> r.getIndicatorId() == visitors.getId())
                .findFirst()
                .orElseThrow()
                .setValue(new BigDecimal("25"));
        Tenancy.with(scope, () -> measurements.recordPeriod(grid));
        Story reportable = Tenancy.with(scope, () -> stories.save(story("Jan komt weer")));
        Tenancy.with(scope, () -> stories.saveConsent(reportable.getId(), consent(true)));
        nl.cmostamm.portal.survey.SurveyForm survey = new nl.cmostamm.portal.survey.SurveyForm();
        survey.setName("Tevredenheid bezoekers");
        long surveyId = Tenancy.with(scope, () -> surveys.save(survey)).getId();
        Story internal = Tenancy.with(scope, () -> stories.save(story("Alleen intern")));
        Tenancy.with(scope, () -> stories.saveConsent(internal.getId(), consent(false)));

        TocElement activity = Tenancy.with(scope, () -> toc.saveElement(element(Level.ACTIVITY, "Koffieochtend")));
        ElementForm output = element(Level.OUTPUT, "Ouderen komen bij elkaar");
        output.setIndicatorIds(List.of(visitors.getId()));
        output.setStoryIds(List.of(reportable.getId(), internal.getId()));
        output.setSurveyIds(List.of(surveyId));
        output.setDescription("Elke dinsdag, ook in de zomer");
        TocElement outputSaved = Tenancy.with(scope, () -> toc.saveElement(output));
        TocElement outcome = Tenancy.with(scope, () -> toc.saveElement(element(Level.OUTCOME, "Minder eenzaam")));
        LinkForm link = new LinkForm();
        link.setFromId(activity.getId());
        link.setToId(outputSaved.getId());
        link.setAssumption("Wie een vaste ochtend heeft, komt vaker");
        link.setConfidence(Confidence.MEDIUM);
        Tenancy.with(scope, () -> toc.saveLink(link));

        Chain chain = Tenancy.with(scope, toc::chain);

        assertEquals(
                List.of(Level.ACTIVITY, Level.OUTPUT, Level.OUTCOME),
                chain.elements().stream().map(Chain.Element::level).toList(),
                "in chain order");
        Chain.Element shown = chain.at(Level.OUTPUT).get(0);
        assertEquals(1, shown.indicators().size());
        Chain.IndicatorEvidence evidence = shown.indicators().get(0);
        assertEquals(0, new BigDecimal("25").compareTo(evidence.latest()));
        assertEquals(Light.ORANGE, evidence.light(), "25 of 40 from zero is more than halfway");
        assertEquals(1, shown.stories(), "only the story with consent for reports is counted");
        assertEquals(List.of("Tevredenheid bezoekers"), shown.surveys());
        assertFalse(chain.at(Level.OUTCOME).get(0).evidenced(), "the outcome is still an assumption");
        assertEquals(1, chain.links().size());
        assertEquals(
                "Wie een vaste ochtend heeft, komt vaker", chain.links().get(0).assumption());
        assertNotNull(outcome.getId());
    }

    @Test
    void aStepOfThePlanMakesANewIndicatorInTheGoalsModuleOrTiesAnExistingOne() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Goal goal = Tenancy.with(scope, () -> goals.save(goal("Meedoen")));
        Indicator existing = Tenancy.with(scope, () -> goals.saveIndicator(goal.getId(), indicator("Deelnemers", 20)));
        TocElement outcome = Tenancy.with(scope, () -> toc.saveElement(element(Level.OUTCOME, "Meer zelfvertrouwen")));

        Indicator made = Tenancy.with(
                scope,
                () -> toc.newIndicator(
                        outcome.getId(),
                        outcome.getVersion(),
                        new TheoryOfChangeService.NewIndicator(
                                goal.getId(),
                                "Zelfvertrouwen (1-5)",
                                "Hoe zeker voelen deelnemers zich?",
                                "Korte vragenlijst na drie maanden",
                                "Deelnemers",
                                null)));

        assertEquals(IndicatorKind.OUTCOME, made.getKind(), "the level becomes the indicator's kind");
        List<Indicator> ofGoal = Tenancy.with(scope, () -> goals.indicatorsOf(goal.getId()));
        assertTrue(
                ofGoal.stream()
                        .anyMatch(i -> i.getName().equals("Zelfvertrouwen (1-5)")
                                && "Korte vragenlijst na drie maanden".equals(i.getCollectionMethod())),
                "the goals module shows the same indicator with how it is collected");
        TocElement reread = Tenancy.with(scope, () -> toc.element(outcome.getId()));
        Tenancy.with(scope, () -> {
            toc.tie(reread.getId(), reread.getVersion(), existing.getId());
            return null;
        });
        assertEquals(
                List.of("Deelnemers", "Zelfvertrouwen (1-5)"),
                Tenancy.with(scope, toc::chain).at(Level.OUTCOME).get(0).indicators().stream()
                        .map(Chain.IndicatorEvidence::name)
                        .sorted()
                        .toList());

        TocElement activity = Tenancy.with(scope, () -> toc.saveElement(element(Level.ACTIVITY, "Koor")));
        assertEquals(
                "toc.indicator.notMeasurable",
                assertThrows(
                                ValidationFailure.class,
                                () -> Tenancy.with(scope, () -> {
                                    toc.tie(activity.getId(), activity.getVersion(), existing.getId());
                                    return null;
                                }))
                        .getMessageKey());
    }

    @Test
    void linksAreRefusedToThemselvesTwiceOrToAnotherInitiativesElement() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Tenancy.Scope other = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        TocElement a = Tenancy.with(scope, () -> toc.saveElement(element(Level.ACTIVITY, "Eettafel")));
        TocElement b = Tenancy.with(scope, () -> toc.saveElement(element(Level.OUTPUT, "Gasten")));
        TocElement foreign = Tenancy.with(other, () -> toc.saveElement(element(Level.OUTPUT, "Geheim van B")));

        assertEquals("toc.link.self", refusal(scope, link(a.getId(), a.getId())));
        Tenancy.with(scope, () -> toc.saveLink(link(a.getId(), b.getId())));
        assertEquals("toc.link.exists", refusal(scope, link(a.getId(), b.getId())));
        assertEquals("toc.link.element.unknown", refusal(scope, link(a.getId(), foreign.getId())));
        assertThrows(NotFoundException.class, () -> Tenancy.with(scope, () -> toc.element(foreign.getId())));
        assertThrows(
                NotFoundException.class,
                () -> Tenancy.with(scope, () -> toc.comment(foreign.getId(), "Mag ik hier iets van vinden?")));
        assertFalse(Tenancy.with(scope, toc::chain).elements().stream()
                .anyMatch(e -> e.title().equals("Geheim van B")));

        ElementForm tagged = Tenancy.with(scope, () -> toc.elementForm(b.getId(), null));
        Story storyOfB = Tenancy.with(other, () -> stories.save(story("Verhaal van B")));
        tagged.setStoryIds(List.of(storyOfB.getId()));
        assertThrows(
                NotFoundException.class,
                () -> Tenancy.with(scope, () -> toc.saveElement(tagged)),
                "another initiative's story cannot be tagged");
    }

    @Test
    void twoPeopleSavingTheSameElementConflictInsteadOfOverwriting() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        TocElement saved = Tenancy.with(scope, () -> toc.saveElement(element(Level.GOAL, "Iedereen doet mee")));
        ElementForm mine = Tenancy.with(scope, () -> toc.elementForm(saved.getId(), null));
        ElementForm theirs = Tenancy.with(scope, () -> toc.elementForm(saved.getId(), null));
        mine.setTitle("Iedereen hoort erbij");
        Tenancy.with(scope, () -> toc.saveElement(mine));

        theirs.setDescription("Ook jongeren");
        RuntimeException conflict =
                assertThrows(RuntimeException.class, () -> Tenancy.with(scope, () -> toc.saveElement(theirs)));
        assertTrue(
                conflict instanceof ConcurrentEditException || conflict instanceof EJBException, conflict.toString());
        TocElement now = Tenancy.with(scope, () -> toc.element(saved.getId()));
        assertEquals("Iedereen hoort erbij", now.getTitle());
        assertEquals(null, now.getDescription(), "the second save changed nothing");
    }

    @Test
    void aFrozenVersionKeepsTheChainAsItStoodAndComparesWithTheCurrentOne() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        assertEquals(
                "toc.version.empty",
                assertThrows(ValidationFailure.class, () -> Tenancy.with(scope, () -> toc.freeze("Leeg")))
                        .getMessageKey());
        TocElement kept = Tenancy.with(scope, () -> toc.saveElement(element(Level.ACTIVITY, "Dorpsmaaltijd")));
        TocElement dropped = Tenancy.with(scope, () -> toc.saveElement(element(Level.ACTIVITY, "Jeugdsoos")));
        TocElement renamed = Tenancy.with(scope, () -> toc.saveElement(element(Level.OUTPUT, "Gasten per maand")));
        LinkForm link = link(kept.getId(), renamed.getId());
        link.setConfidence(Confidence.LOW);
        TocLink saved = Tenancy.with(scope, () -> toc.saveLink(link));
        TocVersion first = Tenancy.with(scope, () -> toc.freeze("Verandertheorie 2023"));

        Tenancy.with(scope, () -> {
            toc.deleteElement(dropped.getId(), dropped.getVersion());
            return null;
        });
        ElementForm rename = Tenancy.with(scope, () -> toc.elementForm(renamed.getId(), null));
        rename.setTitle("Gasten per maaltijd");
        Tenancy.with(scope, () -> toc.saveElement(rename));
        LinkForm surer = Tenancy.with(scope, () -> toc.linkForm(saved.getId()));
        surer.setConfidence(Confidence.HIGH);
        Tenancy.with(scope, () -> toc.saveLink(surer));
        Tenancy.with(scope, () -> toc.saveElement(element(Level.OUTCOME, "Mensen kennen elkaar")));

        Chain frozen = Tenancy.with(scope, () -> toc.frozenChain(first.getId()));
        assertEquals(3, frozen.elements().size(), "the version is the chain as it stood");
        assertTrue(frozen.elements().stream().anyMatch(e -> e.title().equals("Gasten per maand")));
        assertEquals(Confidence.LOW, frozen.links().get(0).confidence());

        ChainDiff diff = Tenancy.with(scope, () -> toc.compare(first.getId(), null));
        assertEquals(
                List.of("Mensen kennen elkaar"),
                diff.addedElements().stream().map(Chain.Element::title).toList());
        assertEquals(
                List.of("Jeugdsoos"),
                diff.removedElements().stream().map(Chain.Element::title).toList());
        assertEquals(1, diff.changedElements().size());
        assertEquals(List.of(ChainDiff.TITLE), diff.changedElements().get(0).parts());
        assertEquals(List.of(ChainDiff.CONFIDENCE), diff.changedLinks().get(0).parts());

        TocVersion second = Tenancy.with(scope, () -> toc.freeze("Verandertheorie 2026"));
        assertEquals(
                List.of(2, 1),
                Tenancy.with(scope, toc::versions).stream()
                        .map(TocVersion::getNumber)
                        .toList(),
                "newest first");
        assertTrue(Tenancy.with(scope, () -> toc.compare(second.getId(), null)).isEmpty());
        assertTrue(
                Tenancy.with(scope, () -> audit.page(0, 50)).stream()
                        .anyMatch(e ->
                                e.getAction() == AuditAction.CREATE && "Verandertheorie 2023".equals(e.getSummary())),
                "freezing is audited");
    }

    private String refusal(Tenancy.Scope scope, LinkForm form) {
        return assertThrows(ValidationFailure.class, () -> Tenancy.with(scope, () -> toc.saveLink(form)))
                .getMessageKey();
    }

    private static LinkForm link(long from, long to) {
        LinkForm form = new LinkForm();
        form.setFromId(from);
        form.setToId(to);
        return form;
    }

    private static ElementForm element(Level level, String title) {
        ElementForm form = new ElementForm(level);
        form.setTitle(title);
        return form;
    }

    private static GoalForm goal(String title) {
        GoalForm form = new GoalForm();
        form.setTitle(title);
        return form;
    }

    private static IndicatorForm indicator(String name, int target) {
        IndicatorForm form = new IndicatorForm();
        form.setName(name);
        form.setTarget(BigDecimal.valueOf(target));
        return form;
    }

    private static StoryForm story(String title) {
        StoryForm form = new StoryForm();
        form.setTitle(title);
        form.setBody("Sinds de koffieochtend komt mijn vader weer onder de mensen.");
        form.setTellerRole(TellerRole.CARER);
        form.setToldOn(LocalDate.now().minusDays(3));
        return form;
    }

    private static StoryConsentForm consent(boolean reports) {
        StoryConsentForm consent = new StoryConsentForm();
        consent.setGivenOn(LocalDate.now());
        consent.setInternalLearning(true);
        consent.setReports(reports);
        return consent;
    }
}
