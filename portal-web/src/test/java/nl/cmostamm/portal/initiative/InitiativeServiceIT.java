package nl.cmostamm.portal.initiative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.security.AdvisorService;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.testing.InContainer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Creating an initiative, in Payara Micro against the real PostgreSQL: who may, what a new one
 * starts with, and that refused input leaves nothing half-made behind.
 */
@ExtendWith(ArquillianExtension.class)
class InitiativeServiceIT {

    @Deployment
    static WebArchive portal() {
        return InContainer.portal();
    }

    @EJB
    InitiativeService initiatives;

    @EJB
    TestAccounts accounts;

    @EJB
    AdvisorService advisors;

    @Test
    void anAdvisorsNewInitiativeStartsWithTheFiveThemesAndIsInTheirPortfolio() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long advisorId = account(run, false, true);
        Tenancy.Scope advisor = new Tenancy.Scope(advisorId, null);

        Initiative created = Tenancy.with(advisor, () -> initiatives.create(form("nieuw-" + run, List.of())));

        Tenancy.Scope inside = advisor.withInitiative(created.getId());
        assertEquals(
                DefaultThemes.DUTCH, Tenancy.with(inside, initiatives::current).getThemes());
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
        assertThrows(
                AccessDeniedException.class,
                () -> Tenancy.with(
                        member,
                        () -> initiatives.insert(
                                form("ook-niet-" + run, List.of()).getInitiative())));
        assertTrue(initiatives.idOfSlug("mag-niet-" + run).isEmpty());
        assertTrue(initiatives.idOfSlug("ook-niet-" + run).isEmpty());
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
        assertTrue(initiatives.idOfSlug("te-lang-" + run).isEmpty(), "nothing half-made remains");
    }

    private long account(String run, boolean admin, boolean advisor) {
        Account account = new Account("persoon-" + run + "@test.local", "Persoon " + run);
        account.setAdmin(admin);
        account.setAdvisor(advisor);
        return accounts.create(account, "geen-wachtwoord").getId();
    }

    private static InitiativeForm form(String slug, List<String> themes) {
        InitiativeForm form = new InitiativeForm();
        form.getInitiative().setSlug(slug);
        form.getInitiative().setName("Initiatief " + slug);
        form.getInitiative().setMunicipality("Aa en Hunze");
        form.setThemes(new ArrayList<>(themes));
        return form;
    }
}
