package nl.cmostamm.portal.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.List;
import java.util.UUID;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.ConcurrentEditException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.testing.InContainer;
import nl.cmostamm.portal.testing.TestRows;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Editing the exercise library in Payara Micro against the real PostgreSQL: an advisor writes an
 * exercise and then a second version, and both stay (a session keeps the one it used) while the
 * library shows the newest; two advisors saving from the same version conflict instead of writing
 * two versions; a board member reads the library but may not change it; a code in use is refused at
 * its field; a retired exercise leaves the library. Every exercise a test writes is retired at its
 * end, so the library other tests read holds only the seed and what they write themselves.
 */
@ExtendWith(ArquillianExtension.class)
class ExerciseLibraryIT {

    @EJB
    ExerciseLibrary library;

    @EJB
    InitiativeService initiatives;

    @EJB
    TestAccounts accounts;

    @EJB
    TestRows rows;

    @Test
    void anAdvisorWritesAnExerciseThenASecondVersionAndBothAreKept() {
        Tenancy.Scope advisor = advisor("Adviseur Eerste");
        ExerciseForm typed = form(uniqueCode(), "Buurt in beeld");
        typed.setSummaryNl("  Wie wonen er, en wat ontbreekt?\n");
        ExerciseVersion first = Tenancy.with(advisor, () -> library.save(typed));
        long exercise = first.getExercise().getId();
        try {
            assertEquals(1, first.getNumber());
            assertEquals(advisor.accountId(), first.getCreatedBy(), "written by the acting account");
            assertEquals(
                    "  Wie wonen er, en wat ontbreekt?\n",
                    Tenancy.with(advisor, () -> library.version(first.getId())).summary(Language.NL),
                    "kept exactly as typed");

            ExerciseForm edit = Tenancy.with(advisor, () -> library.form(exercise));
            assertEquals(1, edit.getBasedOn());
            assertEquals("Buurt in beeld", edit.getTitleNl());
            assertEquals(
                    List.of(StepKind.TEXT, StepKind.CHOICE),
                    edit.getSteps().stream().map(ExerciseForm.StepForm::getKind).toList());
            edit.setTitleNl("Buurt in beeld, herzien");
            edit.moveUp(1);
            ExerciseForm.StepForm scale = edit.getSteps().get(1);
            scale.setKind(StepKind.SCALE);
            scale.setScaleMin(1);
            scale.setScaleMax(5);
            scale.setOptionsNl("Getypt voor een andere soort");
            ExerciseVersion second = Tenancy.with(advisor, () -> library.save(edit));

            assertEquals(2, second.getNumber());
            assertEquals(exercise, second.getExercise().getId());
            assertNotEquals(first.getId(), second.getId());
            ExerciseVersion kept = Tenancy.with(advisor, () -> library.version(first.getId()));
            assertEquals("Buurt in beeld", kept.title(Language.NL), "the first version is as it was");
            assertEquals(List.of(StepKind.TEXT, StepKind.CHOICE), kinds(kept));
            ExerciseVersion newest = Tenancy.with(advisor, () -> library.version(second.getId()));
            assertEquals("Buurt in beeld, herzien", newest.title(Language.NL));
            assertEquals(List.of(StepKind.CHOICE, StepKind.SCALE), kinds(newest));
            assertEquals(List.of("Ja", "Nee"), newest.getSteps().get(0).options(Language.NL));
            assertEquals(5, newest.getSteps().get(1).getScaleMax());
            assertEquals(
                    List.of(),
                    newest.getSteps().get(1).options(Language.NL),
                    "options typed for another kind are left out");

            assertEquals(
                    List.of(second.getId()),
                    currentVersionsOf(advisor, exercise),
                    "the library shows the newest version only");
            List<ExerciseVersionEntry> history = Tenancy.with(advisor, () -> library.history(exercise));
            assertEquals(
                    List.of(2, 1),
                    history.stream().map(ExerciseVersionEntry::number).toList());
            assertEquals("Adviseur Eerste", history.get(0).author());
            assertTrue(history.get(0).createdAt() != null);
        } finally {
            retire(exercise);
        }
    }

    @Test
    void aKnowledgeCentreAdminWritesTheLibraryToo() {
        Tenancy.Scope admin = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        ExerciseVersion saved = Tenancy.with(admin, () -> library.save(form(uniqueCode(), "Door de beheerder")));
        retire(saved.getExercise().getId());

        assertEquals(1, saved.getNumber());
    }

    @Test
    void twoAdvisorsSavingFromTheSameVersionConflictInsteadOfWritingTwoVersions() {
        Tenancy.Scope advisor = advisor("Adviseur");
        Tenancy.Scope colleague = advisor("Collega");
        ExerciseVersion first = Tenancy.with(advisor, () -> library.save(form(uniqueCode(), "Samen plannen")));
        long exercise = first.getExercise().getId();
        try {
            ExerciseForm mine = Tenancy.with(advisor, () -> library.form(exercise));
            ExerciseForm theirs = Tenancy.with(colleague, () -> library.form(exercise));
            mine.setMinutes(60);
            Tenancy.with(advisor, () -> library.save(mine));

            theirs.setMinutes(90);
            assertThrows(ConcurrentEditException.class, () -> Tenancy.with(colleague, () -> library.save(theirs)));
            assertThrows(
                    ConcurrentEditException.class,
                    () -> Tenancy.with(colleague, () -> library.retire(exercise, theirs.getVersion())),
                    "retiring what was opened before someone's save conflicts too");

            List<ExerciseVersionEntry> history = Tenancy.with(advisor, () -> library.history(exercise));
            assertEquals(
                    List.of(2, 1),
                    history.stream().map(ExerciseVersionEntry::number).toList());
            ExerciseForm now = Tenancy.with(colleague, () -> library.form(exercise));
            assertEquals(60, now.getMinutes(), "the second save changed nothing");
            assertEquals(2, now.getBasedOn());
            assertFalse(now.isRetired());
            assertTrue(now.getVersion() > mine.getVersion(), "a new version raises the exercise's version");

            now.setMinutes(90);
            assertEquals(
                    3,
                    Tenancy.with(colleague, () -> library.save(now)).getNumber(),
                    "saved again from the newest version, it becomes the third");
        } finally {
            retire(exercise);
        }
    }

    @Test
    void aBoardMemberReadsTheLibraryButMayNotChangeIt() {
        Account board = new Account(InContainer.uniqueEmail("bestuur"), "Bestuur");
        Tenancy.Scope member = new Tenancy.Scope(accounts.create(board, "x").getId(), null);
        String code = uniqueCode();
        long seeded = Tenancy.with(member, library::current).stream()
                .filter(v -> v.getExercise().getCode().equals("stakeholder-map"))
                .findFirst()
                .orElseThrow()
                .getExercise()
                .getId();

        assertThrows(
                AccessDeniedException.class,
                () -> Tenancy.with(member, () -> library.save(form(code, "Niet van mij"))));
        assertThrows(AccessDeniedException.class, () -> Tenancy.with(member, () -> library.form(null)));
        assertThrows(AccessDeniedException.class, () -> Tenancy.with(member, () -> library.form(seeded)));
        assertThrows(AccessDeniedException.class, () -> Tenancy.with(member, () -> library.retire(seeded, 1)));
        assertThrows(AccessDeniedException.class, () -> Tenancy.with(member, () -> library.reactivate(seeded, 1)));
        assertThrows(AccessDeniedException.class, () -> Tenancy.with(member, () -> library.history(seeded)));
        assertTrue(
                Tenancy.with(member, library::current).stream()
                        .noneMatch(v -> v.getExercise().getCode().equals(code)),
                "nothing was added");
    }

    @Test
    void aCodeInUseIsRefusedAtItsFieldAndNothingIsWritten() {
        Tenancy.Scope advisor = advisor("Adviseur");
        ValidationFailure seeded = assertThrows(
                ValidationFailure.class,
                () -> Tenancy.with(advisor, () -> library.save(form("stakeholder-map", "Nog een kaart"))));
        assertEquals("exercise.code.taken", seeded.getMessageKey());
        assertEquals("code", seeded.getField());

        String code = uniqueCode();
        ExerciseVersion first = Tenancy.with(advisor, () -> library.save(form(code, "Eerst")));
        try {
            ValidationFailure again = assertThrows(
                    ValidationFailure.class, () -> Tenancy.with(advisor, () -> library.save(form(code, "Weer"))));
            assertEquals("code", again.getField());
            ValidationFailure shape = assertThrows(
                    ValidationFailure.class,
                    () -> Tenancy.with(advisor, () -> library.save(form("Met Hoofdletters", "Vorm"))));
            assertEquals("code", shape.getField());
            ExerciseForm noOptions = form(uniqueCode(), "Zonder antwoorden");
            noOptions.getSteps().get(1).setOptionsEn(null);
            assertEquals(
                    "steps:1:optionsEn",
                    assertThrows(ValidationFailure.class, () -> Tenancy.with(advisor, () -> library.save(noOptions)))
                            .getField());
            assertEquals(
                    List.of(1),
                    Tenancy.with(
                                    advisor,
                                    () -> library.history(first.getExercise().getId()))
                            .stream()
                            .map(ExerciseVersionEntry::number)
                            .toList(),
                    "the exercise is as it was");
            assertTrue(
                    Tenancy.with(advisor, library::current).stream()
                            .noneMatch(v -> v.title(Language.NL).equals("Zonder antwoorden")),
                    "nothing was added");
        } finally {
            retire(first.getExercise().getId());
        }
    }

    @Test
    void aRetiredExerciseLeavesTheLibraryAndCanBePutBack() {
        Tenancy.Scope advisor = advisor("Adviseur");
        ExerciseVersion saved = Tenancy.with(advisor, () -> library.save(form(uniqueCode(), "Tijdelijk")));
        long exercise = saved.getExercise().getId();
        try {
            assertEquals(List.of(saved.getId()), currentVersionsOf(advisor, exercise));
            long version = Tenancy.with(advisor, () -> library.form(exercise)).getVersion();

            Exercise retired = Tenancy.with(advisor, () -> library.retire(exercise, version));

            assertTrue(retired.isRetired());
            assertEquals(List.of(), currentVersionsOf(advisor, exercise), "no longer in the library");
            ExerciseForm reopened = Tenancy.with(advisor, () -> library.form(exercise));
            assertTrue(reopened.isRetired(), "still found by the editor");
            assertEquals(
                    "Tijdelijk",
                    Tenancy.with(advisor, () -> library.version(saved.getId())).title(Language.NL),
                    "a session that used it still reads its version");

            Tenancy.with(advisor, () -> library.reactivate(exercise, reopened.getVersion()));
            assertEquals(List.of(saved.getId()), currentVersionsOf(advisor, exercise), "back in the library");
        } finally {
            retire(exercise);
        }
    }

    @Test
    void anExerciseSeededWithTheMigrationOpensAsACopyOfItsNewestVersion() {
        Tenancy.Scope advisor = advisor("Adviseur");
        ExerciseVersion seeded = Tenancy.with(advisor, library::current).stream()
                .filter(v -> v.getExercise().getCode().equals("stakeholder-map"))
                .findFirst()
                .orElseThrow();

        ExerciseForm form =
                Tenancy.with(advisor, () -> library.form(seeded.getExercise().getId()));

        assertEquals(seeded.getNumber(), form.getBasedOn());
        assertEquals(seeded.getSteps().size(), form.getSteps().size());
        ExerciseForm.StepForm canvas = form.getSteps().stream()
                .filter(s -> s.getKind() == StepKind.CANVAS)
                .findFirst()
                .orElseThrow();
        assertEquals("Weinig belang\nVeel belang", canvas.getOptionsNl());
        assertEquals("Low influence\nHigh influence", canvas.getRowsEn());
        assertEquals(AppliesTo.STAKEHOLDER, canvas.getAppliesTo());
        ExerciseVersionEntry delivered =
                Tenancy.with(advisor, () -> library.history(seeded.getExercise().getId())).stream()
                        .filter(entry -> entry.number() == 1)
                        .findFirst()
                        .orElseThrow();
        assertNull(delivered.author(), "the seeded version was written by no one");
    }

    // ---- helpers

    private List<Long> currentVersionsOf(Tenancy.Scope scope, long exercise) {
        return Tenancy.with(scope, library::current).stream()
                .filter(v -> v.getExercise().getId() == exercise)
                .map(ExerciseVersion::getId)
                .toList();
    }

    private static List<StepKind> kinds(ExerciseVersion version) {
        return version.getSteps().stream().map(ExerciseStep::getKind).toList();
    }

    /** Out of the library whatever its version, so other tests reading it see only their own. */
    private void retire(long exercise) {
        rows.run("update exercise set retired = true where id = ?", exercise);
    }

    private static String uniqueCode() {
        return "test-" + UUID.randomUUID();
    }

    /** A new exercise with a text step and a choice, everything in both languages. */
    private static ExerciseForm form(String code, String title) {
        ExerciseForm form = new ExerciseForm();
        form.setCode(code);
        form.setTitleNl(title);
        form.setTitleEn("Trial");
        form.setSummaryNl("Een proef.");
        form.setSummaryEn("A trial.");
        form.setMinutes(30);
        form.addStep();
        ExerciseForm.StepForm text = form.getSteps().get(0);
        text.setTitleNl("Vertel");
        text.setTitleEn("Tell");
        text.setInstructionsNl("Vertel wat u ziet.");
        text.setInstructionsEn("Tell what you see.");
        text.setExampleNl("Zo.");
        text.setExampleEn("Thus.");
        form.addStep();
        ExerciseForm.StepForm choice = form.getSteps().get(1);
        choice.setKind(StepKind.CHOICE);
        choice.setTitleNl("Kies");
        choice.setTitleEn("Choose");
        choice.setInstructionsNl("Kies er één.");
        choice.setInstructionsEn("Choose one.");
        choice.setExampleNl("Ja.");
        choice.setExampleEn("Yes.");
        choice.setOptionsNl("Ja\nNee");
        choice.setOptionsEn("Yes\nNo");
        return form;
    }

    private Tenancy.Scope advisor(String name) {
        Account account = new Account(InContainer.uniqueEmail("adviseur"), name);
        account.setAdvisor(true);
        return new Tenancy.Scope(accounts.create(account, "geen-wachtwoord").getId(), null);
    }
}
