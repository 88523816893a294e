package nl.cmostamm.portal.method.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.method.toc.ElementForm;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.method.toc.TheoryOfChangeService;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.shared.ConcurrentEditException;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.story.Purpose;
import nl.cmostamm.portal.story.Story;
import nl.cmostamm.portal.story.StoryService;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.testing.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Most Significant Change in Payara Micro against the real PostgreSQL: stories enter a round only
 * with consent, panels choose in stages from what the stage below chose, a withdrawn consent takes
 * a story out of every round and result at once, a closed round takes only feedback, and another
 * initiative's rounds, panels, entries, stories and outcomes are not found.
 */
@ExtendWith(ArquillianExtension.class)
class MscServiceIT {

    @EJB
    MscService msc;

    @EJB
    StoryService stories;

    @EJB
    TheoryOfChangeService toc;

    @EJB
    AuditLog audit;

    @EJB
    InitiativeService initiatives;

    @EJB
    TestAccounts accounts;

    @Test
    void aTeamChoosesThenTheBoardChoosesFromTheTeamsPicksAndTheRoundIsKept() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        long outcome = as(scope, () -> toc.saveElement(outcome("Mantelzorgers hebben meer lucht")))
                .getId();
        MscDomain relief = as(scope, () -> msc.saveDomain(domain("Ontlasting van mantelzorgers", outcome)));
        MscDomain welcome = as(scope, () -> msc.saveDomain(domain("Je welkom voelen", null)));
        MscRound round = as(scope, () -> msc.saveRound(round("Najaar 2026")));
        long coffee = story(scope, "Even op adem", true, true);
        long walk = story(scope, "Samen wandelen", true, false);
        long door = story(scope, "De deur staat open", true, true);
        long noConsent = as(scope, () -> stories.save(InContainer.storyForm("Nog zonder toestemming")))
                .getId();

        assertEquals(
                "msc.entry.story.noConsent",
                refusal(() -> as(scope, () -> msc.saveEntry(round.getId(), entry(noConsent, relief)))));
        assertEquals(
                List.of(coffee, walk, door),
                ids(as(scope, () -> msc.eligibleStories(round.getId()))),
                "only stories with consent for internal learning may be entered");
        MscEntry coffeeEntry = as(scope, () -> msc.saveEntry(round.getId(), entry(coffee, relief)));
        MscEntry walkEntry = as(scope, () -> msc.saveEntry(round.getId(), entry(walk, relief)));
        MscEntry doorEntry = as(scope, () -> msc.saveEntry(round.getId(), entry(door, welcome)));
        assertEquals(
                "msc.entry.story.twice",
                refusal(() -> as(scope, () -> msc.saveEntry(round.getId(), entry(coffee, welcome)))));

        MscPanel team = as(scope, () -> msc.savePanel(round.getId(), panel(1, "Team", "Anja, Bert, Carla")));
        assertEquals(
                "msc.panel.stage.invalid",
                refusal(() -> as(scope, () -> msc.savePanel(round.getId(), panel(3, "Te vroeg", "Dirk")))),
                "no stage 3 before there is a stage 2");
        PanelView teamView = as(scope, () -> msc.panel(team.getId()));
        assertEquals(2, teamView.domains().size());
        assertEquals(2, choiceOf(teamView, relief).candidates().size(), "stage 1 reads every story of the domain");
        as(scope, () -> msc.choose(team.getId(), choice(relief, coffeeEntry, "Het laat zien wat rust betekent.")));
        as(scope, () -> msc.choose(team.getId(), choice(welcome, doorEntry, "Iedereen herkent het.")));

        MscPanel board =
                as(scope, () -> msc.savePanel(round.getId(), panel(2, "Bestuur", "Voorzitter, penningmeester")));
        PanelView boardView = as(scope, () -> msc.panel(board.getId()));
        assertEquals(
                List.of(coffeeEntry.getId()),
                choiceOf(boardView, relief).candidates().stream()
                        .map(c -> c.entry().getId())
                        .toList(),
                "stage 2 chooses only from what stage 1 chose");
        assertEquals(
                List.of("Team: Het laat zien wat rust betekent."),
                choiceOf(boardView, relief).candidates().get(0).earlierReasons());
        assertEquals(
                "msc.choice.entry.notCandidate",
                refusal(() -> as(scope, () -> msc.choose(board.getId(), choice(relief, walkEntry, "Mooi.")))));
        assertEquals(
                "msc.choice.reason.required",
                refusal(() -> as(scope, () -> msc.choose(board.getId(), choice(relief, coffeeEntry, "  ")))));
        as(scope, () -> msc.choose(board.getId(), choice(relief, coffeeEntry, "Dit is waarom we het doen.")));

        RoundView view = as(scope, () -> msc.round(round.getId()));
        RoundView.DomainStories reliefResult = domainOf(view, relief);
        assertEquals(1, reliefResult.result().size());
        assertEquals("Bestuur", reliefResult.result().get(0).panel().getName());
        assertEquals("Dit is waarom we het doen.", reliefResult.result().get(0).reason());
        assertEquals(
                2,
                reliefResult.entries().stream()
                        .filter(e -> e.entry().getId().equals(coffeeEntry.getId()))
                        .findFirst()
                        .orElseThrow()
                        .picks()
                        .size(),
                "the story's way up: the team's choice, then the board's");
        assertEquals(
                "Team",
                domainOf(view, welcome).result().get(0).panel().getName(),
                "a domain's result is its highest stage");
        SelectionForm teamChoice =
                choiceOf(as(scope, () -> msc.panel(team.getId())), relief).choice();
        assertEquals(
                "msc.choice.usedLater",
                refusal(() -> as(scope, () -> {
                    msc.withdrawChoice(teamChoice.getId(), teamChoice.getVersion());
                    return null;
                })),
                "the team cannot take back what the board chose from");
        assertTrue(as(scope, msc::chosenForReports).isEmpty(), "an open round's choices are not final yet");
        List<ChosenStory> soFar = as(scope, msc::chosen);
        assertEquals(
                List.of("De deur staat open", "Even op adem"),
                soFar.stream().map(c -> c.story().getTitle()).toList(),
                "the highest stage's choice per domain");
        assertTrue(soFar.stream().allMatch(ChosenStory::provisional));
        assertTrue(soFar.stream().allMatch(ChosenStory::forReports), "both tellers consented to reports");

        RoundSummary summary = as(scope, msc::rounds).get(0);
        assertEquals(3, summary.stories());
        assertEquals(2, summary.panels());
        assertEquals(3, summary.choices());

        MscRound current = as(scope, () -> msc.round(round.getId())).round();
        as(scope, () -> {
            msc.closeRound(current.getId(), current.getVersion());
            return null;
        });
        assertEquals(
                List.of("De deur staat open", "Even op adem"),
                as(scope, msc::chosenForReports).stream()
                        .map(c -> c.story().getTitle())
                        .toList(),
                "closed: the final choices whose consent allows reports");
        assertEquals(
                "msc.round.closed.refused",
                refusal(() -> as(scope, () -> msc.choose(team.getId(), choice(relief, walkEntry, "Toch deze.")))));
        as(scope, () -> msc.recordFeedback(feedback(coffeeEntry, FeedbackChannel.LETTER, "Brief meegegeven")));
        FeedbackLetter letter = as(scope, () -> msc.letter(coffeeEntry.getId()));
        assertEquals("Even op adem", letter.storyTitle());
        assertEquals("Ontlasting van mantelzorgers", letter.domain());
        assertEquals(
                List.of("Team", "Bestuur"),
                letter.choices().stream().map(FeedbackLetter.Choice::panel).toList());
        assertEquals(
                FeedbackChannel.LETTER,
                domainOf(as(scope, () -> msc.round(round.getId())), relief).entries().stream()
                        .filter(e -> e.entry().getId().equals(coffeeEntry.getId()))
                        .findFirst()
                        .orElseThrow()
                        .feedback()
                        .get(0)
                        .getChannel());
        assertTrue(
                as(scope, () -> audit.page(0, 100)).stream()
                        .anyMatch(e -> e.getAction() == AuditAction.EXPORT
                                && Long.valueOf(coffee).equals(e.getSubjectId())),
                "the letter is an export of the story, audited");
        assertTrue(
                as(scope, () -> audit.page(0, 100)).stream()
                        .anyMatch(e -> e.getAction() == AuditAction.READ
                                && Long.valueOf(walk).equals(e.getSubjectId())
                                && e.getSummary().contains("MSC")),
                "a panel's reading of a story is audited");
    }

    @Test
    void aWithdrawnConsentTakesTheStoryOutOfEveryRoundAndResultAtOnce() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        MscDomain domain = as(scope, () -> msc.saveDomain(domain("Contact met anderen", null)));
        MscRound round = as(scope, () -> msc.saveRound(round("Voorjaar")));
        long kept = story(scope, "Nieuwe vrienden", true, true);
        long withdrawn = story(scope, "Weer naar de markt", true, true);
        MscEntry keptEntry = as(scope, () -> msc.saveEntry(round.getId(), entry(kept, domain)));
        MscEntry gone = as(scope, () -> msc.saveEntry(round.getId(), entry(withdrawn, domain)));
        MscPanel team = as(scope, () -> msc.savePanel(round.getId(), panel(1, "Team", "Els, Frank")));
        as(scope, () -> msc.choose(team.getId(), choice(domain, gone, "Zij durft weer alleen naar buiten.")));
        MscPanel board = as(scope, () -> msc.savePanel(round.getId(), panel(2, "Bestuur", "Gerda")));
        assertEquals(1, as(scope, () -> msc.panel(board.getId())).domains().size());

        as(scope, () -> {
            stories.withdraw(withdrawn);
            return null;
        });

        RoundView view = as(scope, () -> msc.round(round.getId()));
        RoundView.DomainStories stories = domainOf(view, domain);
        assertEquals(
                List.of(keptEntry.getId()),
                stories.entries().stream().map(e -> e.entry().getId()).toList());
        assertEquals(1, stories.result().size());
        assertTrue(stories.result().get(0).isWithdrawn(), "the history says a choice was made");
        assertNull(stories.result().get(0).reason(), "but not what the story or the reason said");
        assertEquals(1, as(scope, msc::rounds).get(0).stories());
        assertEquals(0, as(scope, msc::rounds).get(0).choices());
        PanelView teamView = as(scope, () -> msc.panel(team.getId()));
        assertEquals(
                List.of(keptEntry.getId()),
                teamView.domains().get(0).candidates().stream()
                        .map(c -> c.entry().getId())
                        .toList());
        assertNull(teamView.domains().get(0).choice().getEntryId(), "the withdrawn choice is not shown");
        assertTrue(as(scope, () -> msc.panel(board.getId())).domains().isEmpty(), "nothing left to pass up");
        assertTrue(as(scope, msc::chosenForReports).isEmpty());
        assertTrue(as(scope, msc::chosen).isEmpty(), "nor on the outcome record");
        assertThrows(NotFoundException.class, () -> as(scope, () -> msc.letter(gone.getId())));
        assertFalse(ids(as(scope, () -> msc.eligibleStories(round.getId()))).contains(withdrawn));

        SelectionForm again = teamView.domains().get(0).choice();
        again.setEntryId(keptEntry.getId());
        again.setReason("Nu dit verhaal.");
        as(scope, () -> msc.choose(team.getId(), again));
        assertEquals(
                "Nu dit verhaal.",
                domainOf(as(scope, () -> msc.round(round.getId())), domain)
                        .result()
                        .get(0)
                        .reason(),
                "the team can choose again among the stories that remain");
    }

    @Test
    void anotherInitiativesRoundsPanelsEntriesStoriesAndOutcomesAreNotFound() {
        Tenancy.Scope a = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Tenancy.Scope b = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        MscDomain domainB = as(b, () -> msc.saveDomain(domain("Meedoen", null)));
        MscRound roundB = as(b, () -> msc.saveRound(round("Ronde van B")));
        long storyB = story(b, "Verhaal van B", true, true);
        MscEntry entryB = as(b, () -> msc.saveEntry(roundB.getId(), entry(storyB, domainB)));
        MscPanel panelB = as(b, () -> msc.savePanel(roundB.getId(), panel(1, "Team B", "Hans")));
        long outcomeB = as(b, () -> toc.saveElement(outcome("Uitkomst van B"))).getId();

        MscDomain domainA = as(a, () -> msc.saveDomain(domain("Meedoen", null)));
        MscRound roundA = as(a, () -> msc.saveRound(round("Ronde van A")));
        assertTrue(as(a, msc::rounds).stream().noneMatch(r -> r.round().getId().equals(roundB.getId())));
        assertThrows(NotFoundException.class, () -> as(a, () -> msc.round(roundB.getId())));
        assertThrows(NotFoundException.class, () -> as(a, () -> msc.panel(panelB.getId())));
        assertThrows(NotFoundException.class, () -> as(a, () -> msc.letter(entryB.getId())));
        assertThrows(NotFoundException.class, () -> as(a, () -> msc.entryForm(entryB.getId())));
        assertEquals(
                "msc.entry.story.required",
                refusal(() -> as(a, () -> msc.saveEntry(roundA.getId(), entry(storyB, domainA)))));
        assertEquals(
                "msc.entry.domain.required",
                refusal(() -> as(a, () -> msc.saveEntry(roundA.getId(), entry(storyB, domainB)))));
        assertEquals(
                "msc.domain.outcome.invalid",
                refusal(() -> as(a, () -> msc.saveDomain(domain("Met uitkomst van B", outcomeB)))));
        FeedbackForm feedback = feedback(entryB, FeedbackChannel.PHONE, "Gebeld");
        assertThrows(NotFoundException.class, () -> as(a, () -> msc.recordFeedback(feedback)));
        assertThrows(
                NotFoundException.class,
                () -> as(a, () -> msc.choose(panelB.getId(), choice(domainB, entryB, "Overgenomen"))));
        assertTrue(as(a, () -> msc.domains()).stream().noneMatch(d -> d.getId().equals(domainB.getId())));
    }

    @Test
    void aStaleFormIsAConflictAndNeverAnOverwrite() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        MscRound round = as(scope, () -> msc.saveRound(round("Zomer")));
        RoundForm first = as(scope, () -> msc.roundForm(round.getId()));
        RoundForm second = as(scope, () -> msc.roundForm(round.getId()));
        first.setQuestion("Wat is voor u de grootste verandering?");
        as(scope, () -> msc.saveRound(first));
        second.setTitle("Zomer (aangepast)");
        assertThrows(ConcurrentEditException.class, () -> as(scope, () -> msc.saveRound(second)));
        assertEquals("Zomer", as(scope, () -> msc.roundForm(round.getId())).getTitle());

        RoundForm dates = as(scope, () -> msc.roundForm(round.getId()));
        dates.setCollectUntil(dates.getCollectFrom().minusDays(1));
        assertEquals("msc.round.until.invalid", refusal(() -> as(scope, () -> msc.saveRound(dates))));
        assertEquals(
                "msc.round.title.taken",
                refusal(() -> as(scope, () -> msc.saveRound(round("zomer")))),
                "titles are unique whatever their case");
    }

    // --- helpers

    private static <T> T as(Tenancy.Scope scope, Supplier<T> call) {
        return Tenancy.with(scope, call::get);
    }

    private static String refusal(Runnable call) {
        return assertThrows(ValidationFailure.class, call::run).getMessageKey();
    }

    private long story(Tenancy.Scope scope, String title, boolean internal, boolean reports) {
        List<Purpose> purposes = new java.util.ArrayList<>();
        if (internal) {
            purposes.add(Purpose.INTERNAL_LEARNING);
        }
        if (reports) {
            purposes.add(Purpose.REPORTS);
        }
        return InContainer.story(stories, scope, title, purposes.toArray(Purpose[]::new));
    }

    private static ElementForm outcome(String title) {
        ElementForm form = new ElementForm(Level.OUTCOME);
        form.setTitle(title);
        return form;
    }

    private static DomainForm domain(String name, Long outcome) {
        DomainForm form = new DomainForm();
        form.setName(name);
        form.setOutcomeId(outcome);
        return form;
    }

    private static RoundForm round(String title) {
        RoundForm form = new RoundForm();
        form.setTitle(title);
        form.setQuestion("Wat is voor u de belangrijkste verandering van het afgelopen half jaar?");
        form.setCollectFrom(LocalDate.now().minusMonths(2));
        form.setCollectUntil(LocalDate.now().plusMonths(1));
        return form;
    }

    private static EntryForm entry(long storyId, MscDomain domain) {
        EntryForm form = new EntryForm();
        form.setStoryId(storyId);
        form.setDomainId(domain.getId());
        form.setSignificance("Omdat ik weer iets voor een ander kan betekenen.");
        return form;
    }

    private static PanelForm panel(int stage, String name, String members) {
        PanelForm form = new PanelForm();
        form.setStage(stage);
        form.setName(name);
        form.setHeldOn(LocalDate.now());
        form.setMembers(members);
        return form;
    }

    private static SelectionForm choice(MscDomain domain, MscEntry entry, String reason) {
        SelectionForm form = new SelectionForm();
        form.setDomainId(domain.getId());
        form.setEntryId(entry.getId());
        form.setReason(reason);
        return form;
    }

    private static FeedbackForm feedback(MscEntry entry, FeedbackChannel channel, String note) {
        FeedbackForm form = new FeedbackForm();
        form.setEntryId(entry.getId());
        form.setGivenOn(LocalDate.now());
        form.setChannel(channel);
        form.setNote(note);
        return form;
    }

    private static RoundView.DomainStories domainOf(RoundView view, MscDomain domain) {
        return view.domains().stream()
                .filter(d -> d.domain().getId().equals(domain.getId()))
                .findFirst()
                .orElseThrow();
    }

    private static PanelView.DomainChoice choiceOf(PanelView view, MscDomain domain) {
        return view.domains().stream()
                .filter(d -> d.domain().getId().equals(domain.getId()))
                .findFirst()
                .orElseThrow();
    }

    private static List<Long> ids(List<Story> list) {
        return list.stream().map(Story::getId).toList();
    }
}
