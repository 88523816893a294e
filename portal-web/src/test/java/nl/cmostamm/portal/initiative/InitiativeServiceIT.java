package nl.cmostamm.portal.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ejb.EJB;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.cmostamm.portal.logbook.HelpCategory;
import nl.cmostamm.portal.logbook.LogbookService;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.security.AdvisorService;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Creating an initiative, in Payara Micro against the real PostgreSQL: who may, what a new one
 * starts with, and that a creation refused halfway (after the initiative's own row was written in
 * its transaction) leaves nothing half-made behind. Whether a slug exists is asked with
 * {@code slugTaken}, which sees every initiative, so "nothing left" is not merely "nothing visible".
 */
@ExtendWith(ArquillianExtension.class)
class InitiativeServiceIT {

    @EJB
    InitiativeService initiatives;

    @EJB
    TestAccounts accounts;

    @EJB
    AdvisorService advisors;

    @EJB
    LogbookService logbook;

    @Test
    void anAdvisorsNewInitiativeStartsWithTheFiveThemesAndIsInTheirPortfolio() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long advisorId = account(run, false, true);
        Tenancy.Scope advisor = new Tenancy.Scope(advisorId, null);

        Initiative created = Tenancy.with(advisor, () -> initiatives.create(form("nieuw-" + run, List.of())));

        Tenancy.Scope inside = advisor.withInitiative(created.getId());
        assertEquals(
                DefaultThemes.DUTCH, Tenancy.with(inside, initiatives::current).getThemes());
        assertEquals(
                DefaultThemes.TARGET_GROUPS,
                Tenancy.with(inside, initiatives::current).getTargetGroups());
        assertEquals(
                HelpCategory.DEFAULTS,
                Tenancy.with(inside, logbook::categories).stream()
                        .map(HelpCategory::getName)
                        .toList());
        long adminId = account(run + "-beheer", true, false);
        assertEquals(
                List.of(advisorId),
                Tenancy.with(new Tenancy.Scope(adminId, created.getId()), advisors::assignments).stream()
                        .map(a -> a.getAdvisor().getId())
                        .toList());
    }

    @Test
    void aBoardMemberCannotCreateInitiatives() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Tenancy.Scope member = new Tenancy.Scope(account(run, false, false), null);

        assertThrows(
                AccessDeniedException.class,
                () -> Tenancy.with(member, () -> initiatives.create(form("mag-niet-" + run, List.of()))));
        // past create, straight to the writing transaction, under an id nobody reserved
        Initiative bypassing = new Initiative(-1, form("ook-niet-" + run, List.of()));
        assertThrows(
                AccessDeniedException.class,
                () -> Tenancy.with(
                        member.withInitiative(bypassing.getId()),
                        () -> initiatives.insert(bypassing, List.of(), List.of(), List.of())));
        assertFalse(taken("mag-niet-" + run));
        assertFalse(taken("ook-niet-" + run));
    }

    @Test
    void aThemeThatIsTooLongRefusesTheWholeInitiative() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Tenancy.Scope advisor = new Tenancy.Scope(account(run, false, true), null);

        ValidationFailure refused = assertThrows(
                ValidationFailure.class,
                () -> Tenancy.with(
                        advisor, () -> initiatives.create(form("te-lang-" + run, List.of("x".repeat(121))))));

        assertEquals("initiative.themes.invalid", refused.getMessageKey());
        assertFalse(taken("te-lang-" + run), "nothing half-made remains");
    }

    /**
     * The effects are written last, after the initiative's row and its themes went to the database
     * in the same transaction: refusing them takes all of it back.
     */
    @Test
    void aFailureWhileFurnishingLeavesNoInitiativeRowBehind() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long adminId = account(run, true, false);
        InitiativeForm form = form("half-" + run, List.of("Eigen thema"));
        form.setEffects(new ArrayList<>(List.of("x".repeat(121))));

        ValidationFailure refused = assertThrows(
                ValidationFailure.class,
                () -> Tenancy.with(new Tenancy.Scope(adminId, null), () -> initiatives.create(form)));

        assertEquals("initiative.effects.invalid", refused.getMessageKey());
        assertFalse(taken("half-" + run), "no initiative row");
        form.setEffects(new ArrayList<>());
        Initiative sentAgain = Tenancy.with(new Tenancy.Scope(adminId, null), () -> initiatives.create(form));
        assertEquals(
                List.of("Eigen thema"),
                Tenancy.with(new Tenancy.Scope(adminId, sentAgain.getId()), initiatives::current)
                        .getThemes(),
                "the same form, corrected and sent again, creates the initiative");
    }

    /** Whether the slug is taken, asked as staff (the question creating an initiative asks). */
    private boolean taken(String slug) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return Tenancy.with(
                new Tenancy.Scope(account(run, false, true), null), () -> initiatives.slugTaken(slug, null));
    }

    private long account(String run, boolean admin, boolean advisor) {
        Account account = new Account("persoon-" + run + "@test.local", "Persoon " + run);
        account.setAdmin(admin);
        account.setAdvisor(advisor);
        return accounts.create(account, "geen-wachtwoord").getId();
    }

    private static InitiativeForm form(String slug, List<String> themes) {
        InitiativeForm form = new InitiativeForm();
        form.setSlug(slug);
        form.setName("Initiatief " + slug);
        form.setMunicipality("Aa en Hunze");
        form.setThemes(new ArrayList<>(themes));
        return form;
    }
}
