package nl.cmostamm.portal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import java.util.List;
import java.util.UUID;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.portfolio.DashboardFilter;
import nl.cmostamm.portal.portfolio.DashboardService;
import nl.cmostamm.portal.portfolio.DashboardSort;
import nl.cmostamm.portal.portfolio.Signal;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.security.AdvisorService;
import nl.cmostamm.portal.security.BoardRole;
import nl.cmostamm.portal.security.MembersService;
import nl.cmostamm.portal.security.TestAccounts;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The initiative's own row under row-level security (migration V9), inside Payara Micro: the
 * queries here have no filter of their own and bypass the services' checks, so what they see and
 * change is what the database allows. Three initiatives A, B and C; a board member on A and B; an
 * advisor assigned to A and B.
 */
@ExtendWith(ArquillianExtension.class)
class InitiativeRowLevelSecurityIT {

    @EJB
    TenantProbe probe;

    @EJB
    InitiativeService initiatives;

    @EJB
    DashboardService dashboard;

    @EJB
    MembersService members;

    @EJB
    AdvisorService advisors;

    @EJB
    TestAccounts accounts;

    private String run;
    private long admin;
    private long a;
    private long b;
    private long c;
    private long member;
    private long advisor;

    @BeforeEach
    void threeInitiativesAMemberOfTwoAndAnAdvisorOfTwo() {
        run = UUID.randomUUID().toString().substring(0, 8);
        admin = account("beheer", true, false);
        a = probe.newInitiative("rls-a-" + run);
        b = probe.newInitiative("rls-b-" + run);
        c = probe.newInitiative("rls-c-" + run);
        String memberEmail = "lid-" + run + "@test.local";
        for (long initiative : new long[] {a, b}) {
            Tenancy.with(
                    new Tenancy.Scope(admin, initiative),
                    () -> members.invite(memberEmail, "Lid " + run, BoardRole.BOARD_MEMBER));
        }
        member = accounts.idOf(memberEmail);
        advisor = account("adviseur", false, true);
        for (long initiative : new long[] {a, b}) {
            Tenancy.with(new Tenancy.Scope(admin, initiative), () -> {
                advisors.assign(advisor);
                return null;
            });
        }
    }

    @Test
    void aBoardMembersTransactionCannotChangeAnotherInitiativeEvenPastTheService() {
        Tenancy.Scope memberInA = new Tenancy.Scope(member, a);

        assertEquals(
                0,
                (int) Tenancy.with(memberInA, () -> probe.renameInitiative(b, "Overgenomen")),
                "B is readable for the member, but not the transaction's tenant");
        assertEquals(0, (int) Tenancy.with(memberInA, () -> probe.renameInitiative(c, "Overgenomen")));
        assertThrows(
                EJBException.class,
                () -> Tenancy.with(memberInA, () -> {
                    probe.renameFoundInitiative(b, "Overgenomen");
                    return null;
                }),
                "a found and changed entity of another tenant is not written either");
        assertEquals(
                1,
                (int) Tenancy.with(memberInA, () -> probe.renameInitiative(a, "Eigen naam " + run)),
                "the tenant's own row is writable: the statement itself is fine");

        for (long other : new long[] {b, c}) {
            assertEquals(
                    "Initiatief rls-" + (other == b ? "b-" : "c-") + run,
                    Tenancy.with(new Tenancy.Scope(admin, other), initiatives::current)
                            .getName());
        }
    }

    @Test
    void anAdvisorReadsOnlyTheInitiativesAssignedToThem() {
        assertEquals(List.of(a, b), Tenancy.with(new Tenancy.Scope(advisor, null), probe::initiativeIds));
        assertEquals(
                List.of(a, b),
                Tenancy.with(new Tenancy.Scope(advisor, a), probe::initiativeIds),
                "inside A as well: the tenant adds nothing the assignments do not");
        assertEquals(List.of(a, b), Tenancy.with(new Tenancy.Scope(member, null), probe::initiativeIds));
    }

    @Test
    void withoutAnAccountOnlyTheTenantsOwnInitiativeIsVisible() {
        assertEquals(List.of(), Tenancy.with(Tenancy.Scope.NONE, probe::initiativeIds));
        assertEquals(
                List.of(c),
                Tenancy.with(new Tenancy.Scope(null, c), probe::initiativeIds),
                "a public survey page shows its own initiative's name");
    }

    @Test
    void thePortfolioStillListsWhatItDid() {
        DashboardFilter thisRun = new DashboardFilter(run, null, null, null, null, null, null, null, null, false);

        assertEquals(List.of(a, b), portfolioIds(advisor, thisRun));
        assertEquals(List.of(a, b), portfolioIds(member, thisRun));
        assertEquals(List.of(a, b, c), portfolioIds(admin, thisRun));
        assertEquals(2, (long) Tenancy.with(
                new Tenancy.Scope(advisor, null),
                () -> dashboard.summary(thisRun, java.time.Instant.now()).total()));
        assertEquals(3, (long) Tenancy.with(
                new Tenancy.Scope(admin, a),
                () -> dashboard.summary(thisRun, java.time.Instant.now()).total()));
    }

    @Test
    void slugsAreTakenOverAllInitiativesWhateverTheUserMaySee() {
        Tenancy.Scope advisorOutside = new Tenancy.Scope(advisor, null);

        assertTrue(Tenancy.with(advisorOutside, () -> initiatives.slugTaken("rls-c-" + run, null)), "C is taken");
        assertTrue(
                Tenancy.with(advisorOutside, () -> initiatives.idOfSlug("rls-c-" + run))
                        .isEmpty(),
                "but C's id is not the advisor's to look up");
        assertEquals(
                List.of(a),
                Tenancy.with(advisorOutside, () -> initiatives.idOfSlug("rls-a-" + run)).stream()
                        .toList());
    }

    private List<Long> portfolioIds(long account, DashboardFilter filter) {
        return Tenancy.with(
                        new Tenancy.Scope(account, null),
                        () -> dashboard.page(filter, DashboardSort.NAME, true, 0, 100))
                .stream()
                .map(Signal::initiativeId)
                .toList();
    }

    private long account(String who, boolean admin, boolean advisor) {
        Account account = new Account(who + "-" + run + "@test.local", who + " " + run);
        account.setAdmin(admin);
        account.setAdvisor(advisor);
        return accounts.create(account, "geen-wachtwoord").getId();
    }
}
