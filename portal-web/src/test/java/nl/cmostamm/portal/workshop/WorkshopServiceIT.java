package nl.cmostamm.portal.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.maintenance.Retention;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.method.toc.TheoryOfChangeService;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.stakeholder.Involvement;
import nl.cmostamm.portal.stakeholder.StakeholderService;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.testing.InContainer;
import nl.cmostamm.portal.testing.TestRows;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Workshops in Payara Micro against the real PostgreSQL: the seeded library, planning a session
 * (with the versions of that moment), joining with a code as typed from a projector, answers of
 * every kind checked and replaced rather than doubled, the presenter's pace deciding which steps are
 * open, and a session, its answers and its participants reachable only by whom they belong to.
 */
@ExtendWith(ArquillianExtension.class)
class WorkshopServiceIT {

    @EJB
    WorkshopService workshops;

    @EJB
    ExerciseLibrary library;

    @EJB
    InitiativeService initiatives;

    @EJB
    TestAccounts accounts;

    @EJB
    TestRows rows;

    @EJB
    WorkshopTransfer transfer;

    @EJB
    StakeholderService stakeholders;

    @EJB
    TheoryOfChangeService toc;

    @EJB
    Retention retention;

    @Test
    void theLibraryHoldsTheSevenSeededExercisesInBothLanguagesWithEveryKindOfStep() {
        List<ExerciseVersion> current = Tenancy.with(advisor(), library::current);
        Set<String> codes = current.stream().map(v -> v.getExercise().getCode()).collect(Collectors.toSet());
        assertTrue(
                codes.containsAll(Set.of(
                        "toc-step-plan",
                        "measurable-goals",
                        "stakeholder-map",
                        "choose-method",
                        "deadweight-attribution",
                        "msc-selection",
                        "effect-map")),
                codes.toString());
        Set<StepKind> kinds = current.stream()
                .flatMap(v -> v.getSteps().stream())
                .map(ExerciseStep::getKind)
                .collect(Collectors.toSet());
        assertEquals(Set.of(StepKind.values()), kinds);
        for (ExerciseVersion version : current) {
            for (ExerciseStep step : version.getSteps()) {
                assertFalse(step.title(Language.EN).isBlank(), step.title(Language.NL));
                assertFalse(step.example(Language.NL).isBlank(), step.title(Language.NL));
                assertEquals(
                        step.options(Language.NL).size(),
                        step.options(Language.EN).size());
            }
        }
    }

    @Test
    void aPlannedSessionKeepsTheVersionsItWasPlannedWithAndGetsAReadableCode() {
        Tenancy.Scope advisor = advisor();
        String code = "test-" + java.util.UUID.randomUUID();
        long exercise = rows.run("insert into exercise (code) values (?) returning id", code);
        try {
            long first = version(exercise, 1, 2);
            WorkshopSession session = Tenancy.with(advisor, () -> workshops.schedule(form("Sessie", code)));
            assertTrue(session.getJoinCode().matches("[A-HJ-NP-Z2-9]{6}"), session.getJoinCode());

            // the advisor writes a newer version after planning
            long newer = version(exercise, 2, 1);
            WorkshopSession reread = Tenancy.with(advisor, () -> workshops.session(session.getId()));
            assertEquals(first, reread.getExercises().get(0).getId());
            assertEquals(2, reread.steps().size(), "the planned version's steps");
            WorkshopSession later = Tenancy.with(advisor, () -> workshops.schedule(form("Later", code)));
            assertEquals(newer, later.getExercises().get(0).getId(), "a new session takes the newest version");
        } finally {
            rows.run("update exercise set retired = true where id = ?", exercise);
        }
    }

    /** Writes version {@code number} of an exercise with {@code steps} text steps. */
    private long version(long exercise, int number, int steps) {
        long version = rows.run(
                "insert into exercise_version (exercise_id, number, title_nl, title_en, summary_nl, summary_en, minutes)"
                        + " values (?, ?, 'Proef', 'Trial', 'Proef', 'Trial', 30) returning id",
                exercise,
                number);
        for (int position = 1; position <= steps; position++) {
            rows.run(
                    "insert into exercise_step (exercise_version_id, position, kind, title_nl, title_en,"
                            + " instructions_nl, instructions_en, example_nl, example_en)"
                            + " values (?, ?, 'TEXT', 'Stap', 'Step', 'Doe', 'Do', 'Zo', 'Thus')",
                    version,
                    position);
        }
        return version;
    }

    @Test
    void planningRefusesAMissingTitleNoExercisesAndAnInitiativeThatIsNotTheAdvisors() {
        Tenancy.Scope advisor = advisor();
        SessionForm untitled = form(" ", "effect-map");
        assertEquals(
                "title",
                refusal(() -> Tenancy.with(advisor, () -> workshops.schedule(untitled)))
                        .getField());
        SessionForm empty = form("Leeg");
        assertEquals(
                "exercises",
                refusal(() -> Tenancy.with(advisor, () -> workshops.schedule(empty)))
                        .getField());
        Tenancy.Scope other = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        SessionForm foreign = form("Voor een ander", "effect-map");
        foreign.setInitiativeId(other.initiativeId());
        assertEquals(
                "initiative",
                refusal(() -> Tenancy.with(advisor, () -> workshops.schedule(foreign)))
                        .getField());
        Account board = new Account(InContainer.uniqueEmail("bestuur"), "Bestuur");
        Tenancy.Scope boardMember =
                new Tenancy.Scope(accounts.create(board, "x").getId(), null);
        assertThrows(
                AccessDeniedException.class,
                () -> Tenancy.with(boardMember, () -> workshops.schedule(form("Niet van mij", "effect-map"))));
    }

    @Test
    void participantsJoinWithTheCodeAsTypedAndAnEndedSessionSaysSo() {
        Tenancy.Scope advisor = advisor();
        WorkshopSession session = Tenancy.with(advisor, () -> workshops.schedule(form("Meedoen", "effect-map")));
        String code = session.getJoinCode();
        String typed = (code.substring(0, 3) + " " + code.substring(3)).toLowerCase();

        JoinOutcome joined = Tenancy.with(Tenancy.Scope.NONE, () -> workshops.join(typed, "Anna"));
        assertEquals(JoinOutcome.Result.JOINED, joined.result());
        assertTrue(Tenancy.with(Tenancy.Scope.NONE, () -> workshops.seat(joined.token()))
                .isPresent());
        assertEquals(
                JoinOutcome.Result.UNKNOWN_CODE,
                Tenancy.with(
                                Tenancy.Scope.NONE,
                                () -> workshops.join("ZZZZZZ".equals(code) ? "YYYYYY" : "ZZZZZZ", "Bob"))
                        .result());
        assertEquals(
                "name",
                refusal(() -> Tenancy.with(Tenancy.Scope.NONE, () -> workshops.join(code, "x".repeat(41))))
                        .getField());

        Tenancy.with(advisor, () -> workshops.close(session.getId()));
        assertEquals(
                JoinOutcome.Result.ENDED,
                Tenancy.with(Tenancy.Scope.NONE, () -> workshops.join(code, "Carla"))
                        .result());
        assertEquals(
                "workshop.answer.ended",
                refusal(() -> Tenancy.with(
                                Tenancy.Scope.NONE, () -> workshops.answer(joined.token(), 1, text("Te laat"))))
                        .getMessageKey());
    }

    @Test
    void thePresentersPaceDecidesWhichStepIsOpenAndAnAnswerSentTwiceIsStoredOnce() {
        Tenancy.Scope advisor = advisor();
        WorkshopSession session = Tenancy.with(advisor, () -> workshops.schedule(form("Tempo", "stakeholder-map")));
        String token = join(session, "Anna");
        // not started yet: nothing to answer
        assertEquals(
                "workshop.answer.notOpen",
                refusal(() -> anonymous(() -> workshops.answer(token, 1, items("Gemeente"))))
                        .getMessageKey());

        Tenancy.with(advisor, () -> workshops.open(session.getId()));
        anonymous(() -> workshops.answer(token, 1, items("Gemeente\n\nHuisarts")));
        anonymous(() -> workshops.answer(token, 1, items("Gemeente\nHuisarts\nBuurtvereniging")));
        StepResults first = Tenancy.with(advisor, () -> workshops.results(session.getId(), 1));
        assertEquals(1, first.answers().size(), "one answer per participant and step");
        assertEquals(
                List.of("Gemeente", "Huisarts", "Buurtvereniging"),
                first.answers().get(0).getItems().stream()
                        .map(AnswerItem::getText)
                        .toList());
        assertEquals(
                "workshop.answer.notOpen",
                refusal(() -> anonymous(() -> workshops.answer(token, 2, canvas(0, 0))))
                        .getMessageKey());

        Tenancy.with(advisor, () -> workshops.moveTo(session.getId(), 2));
        Tenancy.with(advisor, () -> workshops.moveTo(session.getId(), 2));
        assertEquals(
                2,
                Tenancy.with(advisor, () -> workshops.session(session.getId())).getCurrentStep());
        assertEquals(
                "workshop.answer.notOpen",
                refusal(() -> anonymous(() -> workshops.answer(token, 1, items("Later"))))
                        .getMessageKey());
        // the canvas (interest × influence): a column and a row for every note
        assertEquals(
                "notes",
                refusal(() -> anonymous(() -> workshops.answer(token, 2, canvas(0, null))))
                        .getField());
        assertEquals(
                "notes",
                refusal(() -> anonymous(() -> workshops.answer(token, 2, canvas(7, 0))))
                        .getField());
        anonymous(() -> workshops.answer(token, 2, canvas(1, 1)));
        StepResults placed = Tenancy.with(advisor, () -> workshops.results(session.getId(), 2));
        assertEquals(
                List.of("Briefje"),
                placed.cell(1, 1).stream().map(AnswerItem::getText).toList());

        Tenancy.with(advisor, () -> workshops.pace(session.getId(), Pace.SELF));
        anonymous(() -> workshops.answer(token, 1, items("Ook later")));
        assertEquals(
                "Ook later",
                Tenancy.with(advisor, () -> workshops.results(session.getId(), 1))
                        .answers()
                        .get(0)
                        .getItems()
                        .get(0)
                        .getText());
    }

    @Test
    void choicesScalesAndRankingsAreCheckedAndSummed() {
        Tenancy.Scope advisor = advisor();
        WorkshopSession session = Tenancy.with(
                advisor, () -> workshops.schedule(form("Soorten", "deadweight-attribution", "choose-method")));
        Tenancy.with(advisor, () -> workshops.pace(session.getId(), Pace.SELF));
        Tenancy.with(advisor, () -> workshops.open(session.getId()));
        List<ExerciseStep> steps = session.steps();
        int choice = number(steps, StepKind.CHOICE);
        int scale = number(steps, StepKind.SCALE);
        int ranking = number(steps, StepKind.RANKING);
        ExerciseStep scaleStep = steps.get(scale - 1);
        String anna = join(session, "Anna");
        String bob = join(session, "Bob");

        assertEquals(
                "number",
                refusal(() -> anonymous(() -> workshops.answer(anna, choice, number(99))))
                        .getField());
        anonymous(() -> workshops.answer(anna, choice, number(0)));
        anonymous(() -> workshops.answer(bob, choice, number(0)));
        StepResults chosen = Tenancy.with(advisor, () -> workshops.results(session.getId(), choice));
        assertEquals(2, chosen.counts().get(0).count());
        assertEquals(2, chosen.participants());

        assertEquals(
                "scale",
                refusal(() -> anonymous(() -> workshops.answer(anna, scale, number(scaleStep.getScaleMax() + 1))))
                        .getField());
        anonymous(() -> workshops.answer(anna, scale, number(scaleStep.getScaleMin())));
        anonymous(() -> workshops.answer(bob, scale, number(scaleStep.getScaleMax())));
        assertEquals(
                (scaleStep.getScaleMin() + scaleStep.getScaleMax()) / 2.0,
                Tenancy.with(advisor, () -> workshops.results(session.getId(), scale))
                        .mean());

        int options = steps.get(ranking - 1).options(Language.NL).size();
        AnswerForm half = new AnswerForm();
        half.setRanking(List.of(0));
        assertEquals(
                "ranking",
                refusal(() -> anonymous(() -> workshops.answer(anna, ranking, half)))
                        .getField());
        AnswerForm reversed = new AnswerForm();
        reversed.setRanking(java.util.stream.IntStream.range(0, options)
                .map(i -> options - 1 - i)
                .boxed()
                .toList());
        anonymous(() -> workshops.answer(anna, ranking, reversed));
        anonymous(() -> workshops.answer(bob, ranking, reversed));
        StepResults ranked = Tenancy.with(advisor, () -> workshops.results(session.getId(), ranking));
        assertEquals(
                steps.get(ranking - 1).options(Language.NL).get(options - 1),
                ranked.counts().get(0).label());
        assertEquals(2, ranked.counts().get(0).count(), "first place twice");
    }

    @Test
    void aSessionAndItsAnswersBelongToTheirAdvisorAndEachSeatToOneSession() {
        Tenancy.Scope mine = advisor();
        Tenancy.Scope theirs = advisor();
        WorkshopSession session = Tenancy.with(mine, () -> workshops.schedule(form("Van mij", "effect-map")));
        WorkshopSession other = Tenancy.with(theirs, () -> workshops.schedule(form("Van een ander", "effect-map")));
        assertThrows(NotFoundException.class, () -> Tenancy.with(theirs, () -> workshops.session(session.getId())));
        assertThrows(NotFoundException.class, () -> Tenancy.with(theirs, () -> workshops.results(session.getId(), 1)));
        assertFalse(Tenancy.with(theirs, workshops::sessions).stream()
                .anyMatch(s -> s.getId().equals(session.getId())));

        Tenancy.with(mine, () -> workshops.open(session.getId()));
        Tenancy.with(theirs, () -> workshops.open(other.getId()));
        String token = join(other, "Dirk");
        anonymous(() -> workshops.answer(token, 1, items("Alleen daar")));
        Map<Long, Integer> answered = Map.of(
                session.getId(),
                Tenancy.with(mine, () -> workshops.results(session.getId(), 1))
                        .answers()
                        .size(),
                other.getId(),
                Tenancy.with(theirs, () -> workshops.results(other.getId(), 1))
                        .answers()
                        .size());
        assertEquals(Map.of(session.getId(), 0, other.getId(), 1), answered);
        assertNotEquals(
                session.getId(),
                anonymous(() -> workshops.seat(token)).orElseThrow().session().getId());
        assertThrows(
                AccessDeniedException.class, () -> anonymous(() -> workshops.answer("x".repeat(43), 1, items("Nee"))));
    }

    @Test
    void thePresenterHidesGroupsAndPicksAnswersOfTheirOwnSessionOnly() {
        Tenancy.Scope advisor = advisor();
        WorkshopSession session = Tenancy.with(advisor, () -> workshops.schedule(form("Beheren", "stakeholder-map")));
        Tenancy.with(advisor, () -> workshops.open(session.getId()));
        anonymous(() -> workshops.answer(join(session, "Anna"), 1, items("Gemeente\nHuisarts")));
        String bram = join(session, "Bram");
        anonymous(() -> workshops.answer(bram, 1, items("gemeente\nDe gemeente\nScheldwoord")));
        List<AnswerItem> items = Tenancy.with(advisor, () -> workshops.results(session.getId(), 1))
                .items();
        long curse = idOf(items, "Scheldwoord");
        long theMunicipality = idOf(items, "De gemeente");

        Tenancy.with(advisor, () -> workshops.handle(session.getId(), curse, WorkshopService.Handling.HIDE));
        Tenancy.with(advisor, () -> workshops.handle(session.getId(), curse, WorkshopService.Handling.HIDE));
        Tenancy.with(advisor, () -> workshops.group(session.getId(), theMunicipality, "Gemeente"));
        Tenancy.with(
                advisor,
                () -> workshops.handle(session.getId(), idOf(items, "Huisarts"), WorkshopService.Handling.PICK));
        StepResults handled = Tenancy.with(advisor, () -> workshops.results(session.getId(), 1));
        Map<String, Long> cloud =
                handled.counts().stream().collect(Collectors.toMap(StepResults.Count::label, StepResults.Count::count));
        assertEquals(
                Map.of("Gemeente", 2L, "Huisarts", 1L),
                cloud,
                "hidden left out, the group counted together, by the people who said it");
        assertTrue(handled.items().stream()
                .anyMatch(i -> i.isPicked() && i.getText().equals("Huisarts")));

        // Bram sends his answer again with one line more: what the presenter did stays with his lines
        anonymous(() -> workshops.answer(bram, 1, items("gemeente\nDe gemeente\nScheldwoord\nBuurtvereniging")));
        Map<String, Long> again = Tenancy.with(advisor, () -> workshops.results(session.getId(), 1)).counts().stream()
                .collect(Collectors.toMap(StepResults.Count::label, StepResults.Count::count));
        assertEquals(Map.of("Gemeente", 2L, "Huisarts", 1L, "Buurtvereniging", 1L), again);

        Tenancy.Scope other = advisor();
        assertThrows(
                NotFoundException.class,
                () -> Tenancy.with(
                        other, () -> workshops.handle(session.getId(), curse, WorkshopService.Handling.SHOW)));
        WorkshopSession theirs = Tenancy.with(other, () -> workshops.schedule(form("Ander", "stakeholder-map")));
        assertThrows(
                NotFoundException.class,
                () -> Tenancy.with(other, () -> workshops.handle(theirs.getId(), curse, WorkshopService.Handling.SHOW)),
                "an item of another session is not found through one's own");
        // an answer sent again is written anew: its lines are new items
        long curseNow = idOf(
                Tenancy.with(advisor, () -> workshops.results(session.getId(), 1))
                        .items(),
                "Scheldwoord");
        assertEquals(
                "group",
                refusal(() -> Tenancy.with(advisor, () -> workshops.group(session.getId(), curseNow, "x".repeat(61))))
                        .getField());
    }

    @Test
    void pickedAnswersAreTakenIntoTheSessionsInitiativeOnceAfterReview() {
        Tenancy.Scope admin = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Tenancy.Scope outside = new Tenancy.Scope(admin.accountId(), null);
        SessionForm planned = form("Voor het initiatief", "stakeholder-map", "toc-step-plan");
        planned.setInitiativeId(admin.initiativeId());
        planned.setPace(Pace.SELF);
        WorkshopSession session = Tenancy.with(outside, () -> workshops.schedule(planned));
        Tenancy.with(outside, () -> workshops.open(session.getId()));
        List<ExerciseStep> steps = session.steps();
        int chain = 0;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).getKind() == StepKind.CANVAS && steps.get(i).getAppliesTo() == AppliesTo.TOC) {
                chain = i + 1;
            }
        }
        int outcome = steps.get(chain - 1).options(Language.NL).indexOf("OUTCOME");
        String anna = join(session, "Anna");
        assertEquals(
                null,
                anonymous(() -> workshops.seat(anna)).orElseThrow().session().getInitiativeId(),
                "a participant's read of the session does not show which initiative it works for");
        assertEquals(
                admin.initiativeId(),
                Tenancy.with(outside, () -> workshops.session(session.getId())).getInitiativeId());
        anonymous(() -> workshops.answer(anna, 1, items("Gemeente\nHuisarts")));
        AnswerForm map = new AnswerForm();
        map.setNotes(List.of(new AnswerItem.Content("Gemeente", 1, 1)));
        anonymous(() -> workshops.answer(anna, 2, map));
        AnswerForm note = new AnswerForm();
        note.setNotes(List.of(new AnswerItem.Content("Minder eenzaamheid", outcome, null)));
        int chainStep = chain;
        anonymous(() -> workshops.answer(anna, chainStep, note));
        for (int step : List.of(1, 2, chainStep)) {
            for (AnswerItem item : Tenancy.with(outside, () -> workshops.results(session.getId(), step))
                    .items()) {
                Tenancy.with(
                        outside, () -> workshops.handle(session.getId(), item.getId(), WorkshopService.Handling.PICK));
            }
        }

        assertThrows(
                AccessDeniedException.class, () -> Tenancy.with(outside, () -> transfer.candidates(session.getId())));
        List<WorkshopTransfer.Candidate> candidates = Tenancy.with(admin, () -> transfer.candidates(session.getId()));
        Map<String, WorkshopTransfer.Candidate> byText =
                candidates.stream().collect(Collectors.toMap(WorkshopTransfer.Candidate::text, c -> c));
        assertEquals(Set.of("Gemeente", "Huisarts", "Minder eenzaamheid"), byText.keySet());
        assertEquals(Involvement.COCREATE, byText.get("Gemeente").involvement(), "high interest, high influence");
        assertEquals(Level.OUTCOME, byText.get("Minder eenzaamheid").level());

        List<WorkshopTransfer.Choice> all = candidates.stream()
                .map(c -> new WorkshopTransfer.Choice(c.itemId(), c.level()))
                .toList();
        assertEquals(3, Tenancy.with(admin, () -> transfer.apply(session.getId(), all)));
        assertEquals(0, Tenancy.with(admin, () -> transfer.apply(session.getId(), all)), "added once");
        assertTrue(Tenancy.with(admin, () -> transfer.candidates(session.getId())).stream()
                .allMatch(c -> c.status() == WorkshopTransfer.Status.PRESENT));
        assertTrue(Tenancy.with(admin, () -> stakeholders.groups()).stream()
                .anyMatch(g -> g.getName().equals("Gemeente") && g.getInvolvement() == Involvement.COCREATE));
        assertTrue(Tenancy.with(admin, () -> toc.chain()).elements().stream()
                .anyMatch(e -> e.title().equals("Minder eenzaamheid") && e.level() == Level.OUTCOME));
    }

    @Test
    void answersOfSessionsThatEndedLongerAgoThanTheRetentionPeriodAreDeleted() {
        Tenancy.Scope advisor = advisor();
        SessionForm old = form("Lang geleden", "effect-map");
        old.setDay(LocalDate.of(2020, 3, 1));
        WorkshopSession past = Tenancy.with(advisor, () -> workshops.schedule(old));
        WorkshopSession recent = Tenancy.with(advisor, () -> workshops.schedule(form("Onlangs", "effect-map")));
        for (WorkshopSession session : List.of(past, recent)) {
            Tenancy.with(advisor, () -> workshops.open(session.getId()));
            anonymous(() -> workshops.answer(join(session, "Anna"), 1, items("Iets")));
            Tenancy.with(advisor, () -> workshops.close(session.getId()));
        }
        // both were closed just now; the old one is aged to its evening in 2020, as the timer would find it
        rows.run(
                "update workshop_session set closed_at = timestamptz '2020-03-01 22:00+01' where id = ?", past.getId());

        // the day's retention run, as every node's timer asks for it (the period is 90 days by default)
        assertTrue(outsideAnyRequest(() -> retention.runForDay(InContainer.unusedRunDay())));
        assertEquals(
                0,
                Tenancy.with(advisor, () -> workshops.results(past.getId(), 1)).participants(),
                "nobody of the old session is left");
        assertTrue(Tenancy.with(advisor, () -> workshops.results(past.getId(), 1))
                .answers()
                .isEmpty());
        assertTrue(Tenancy.with(advisor, () -> workshops.session(past.getId())).getAnswersDeletedAt() != null);
        assertEquals(
                1,
                Tenancy.with(advisor, () -> workshops.results(recent.getId(), 1))
                        .answers()
                        .size());
        assertThrows(
                AccessDeniedException.class,
                () -> Tenancy.with(advisor, () -> workshops.forgetAnswers(java.time.Instant.now())),
                "only the retention run's work, never a request");
        assertThrows(
                AccessDeniedException.class,
                () -> Tenancy.with(advisor, () -> retention.runForDay(InContainer.unusedRunDay())),
                "the day's run only from the timer");
    }

    @Test
    void allResultsGiveEveryStepInOrderAsEachStepsOwnResultsDo() {
        Tenancy.Scope advisor = advisor();
        WorkshopSession session = Tenancy.with(advisor, () -> workshops.schedule(form("Afloop", "stakeholder-map")));
        Tenancy.with(advisor, () -> workshops.pace(session.getId(), Pace.SELF));
        Tenancy.with(advisor, () -> workshops.open(session.getId()));
        String anna = join(session, "Anna");
        String bob = join(session, "Bob");
        anonymous(() -> workshops.answer(anna, 1, items("Gemeente\nHuisarts")));
        anonymous(() -> workshops.answer(bob, 1, items("gemeente")));
        anonymous(() -> workshops.answer(anna, 2, canvas(1, 1)));

        List<StepResults> all = Tenancy.with(advisor, () -> workshops.allResults(session.getId()));

        List<ExerciseStep> steps = session.steps();
        assertEquals(steps.size(), all.size());
        for (int n = 1; n <= steps.size(); n++) {
            int step = n;
            StepResults one = Tenancy.with(advisor, () -> workshops.results(session.getId(), step));
            StepResults same = all.get(n - 1);
            assertEquals(n, same.number());
            assertEquals(steps.get(n - 1).getId(), same.step().getId());
            assertEquals(2, same.participants());
            assertEquals(one.answers().size(), same.answers().size(), "step " + n);
            assertEquals(one.counts(), same.counts(), "step " + n);
        }
        assertEquals("Gemeente", all.get(0).counts().get(0).label());
        assertEquals(2, all.get(0).counts().get(0).count());
        assertEquals(
                List.of("Anna", "Bob"),
                all.get(0).answers().stream()
                        .map(a -> a.getParticipant().getDisplayName())
                        .toList());
        assertEquals(
                List.of("Briefje"),
                all.get(1).cell(1, 1).stream().map(AnswerItem::getText).toList());
        assertThrows(
                NotFoundException.class, () -> Tenancy.with(advisor(), () -> workshops.allResults(session.getId())));
    }

    // ----

    /** As the retention timer runs: in no request's scope (the test runner's request opens one). */
    private static <T> T outsideAnyRequest(java.util.function.Supplier<T> work) {
        Tenancy.Scope scope = Tenancy.current();
        Tenancy.close();
        try {
            return work.get();
        } finally {
            Tenancy.open(scope);
        }
    }

    private static long idOf(List<AnswerItem> items, String text) {
        return items.stream()
                .filter(i -> i.getText().equals(text))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    private String join(WorkshopSession session, String name) {
        JoinOutcome outcome = anonymous(() -> workshops.join(session.getJoinCode(), name));
        assertEquals(JoinOutcome.Result.JOINED, outcome.result());
        return outcome.token();
    }

    private static <T> T anonymous(java.util.function.Supplier<T> work) {
        return Tenancy.with(Tenancy.Scope.NONE, work);
    }

    private static int number(List<ExerciseStep> steps, StepKind kind) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).getKind() == kind) {
                return i + 1;
            }
        }
        throw new AssertionError("no " + kind + " step");
    }

    private static ValidationFailure refusal(org.junit.jupiter.api.function.Executable call) {
        return assertThrows(ValidationFailure.class, call);
    }

    private SessionForm form(String title, String... codes) {
        SessionForm form = new SessionForm();
        form.setTitle(title);
        form.setDay(LocalDate.of(2026, 12, 1));
        form.setTime(LocalTime.of(19, 30));
        for (String code : codes) {
            form.getExerciseIds().add(rows.run("select id from exercise where code = ?", code));
        }
        return form;
    }

    private static AnswerForm text(String text) {
        AnswerForm form = new AnswerForm();
        form.setText(text);
        return form;
    }

    private static AnswerForm items(String items) {
        AnswerForm form = new AnswerForm();
        form.setItems(items);
        return form;
    }

    private static AnswerForm number(int number) {
        AnswerForm form = new AnswerForm();
        form.setNumber(number);
        return form;
    }

    private static AnswerForm canvas(Integer column, Integer row) {
        AnswerForm form = new AnswerForm();
        form.setNotes(List.of(new AnswerItem.Content("Briefje", column, row)));
        return form;
    }

    private Tenancy.Scope advisor() {
        Account account = new Account(InContainer.uniqueEmail("adviseur"), "Adviseur");
        account.setAdvisor(true);
        return new Tenancy.Scope(accounts.create(account, "geen-wachtwoord").getId(), null);
    }
}
