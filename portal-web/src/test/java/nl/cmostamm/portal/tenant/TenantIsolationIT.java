package nl.cmostamm.portal.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.cmostamm.portal.initiative.InitiativeForm;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.initiative.ValueTheme;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.security.BoardMembership;
import nl.cmostamm.portal.security.BoardRole;
import nl.cmostamm.portal.security.MembersService;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.shared.ConcurrentEditException;
import nl.cmostamm.portal.shared.NotFoundException;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * EclipseLink's half of tenant isolation, inside Payara Micro against the real PostgreSQL: finds,
 * queries and bulk updates stay in the transaction's initiative, also after the other initiative
 * loaded the same row and under concurrent requests that alternate between initiatives.
 */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {

    @EJB
    TenantProbe probe;

    @EJB
    InitiativeService initiatives;

    @EJB
    MembersService members;

    @EJB
    TestAccounts accounts;

    @Resource
    ManagedExecutorService executor;

    private Tenancy.Scope in(long initiative) {
        return new Tenancy.Scope(null, initiative);
    }

    /** A knowledge-centre admin, who may act in every initiative (no password: never logs in). */
    private long newAdmin(String run) {
        Account admin = new Account("beheer-" + run + "@test.local", "Beheer " + run);
        admin.setAdmin(true);
        return accounts.create(admin, "geen-wachtwoord").getId();
    }

    private long[] twoInitiativesWithThemes() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long a = probe.newInitiative("a-" + run);
        long b = probe.newInitiative("b-" + run);
        Tenancy.with(in(a), () -> probe.addTheme("A-eigen-" + run));
        long bTheme = Tenancy.with(in(b), () -> probe.addTheme("B-geheim-" + run));
        return new long[] {a, b, bTheme};
    }

    @Test
    void findOfAnotherInitiativesRowReturnsNothingEvenAfterThatInitiativeLoadedIt() {
        long[] ids = twoInitiativesWithThemes();
        ValueTheme seenByB = Tenancy.with(in(ids[1]), () -> probe.find(ids[2]));
        assertNotNull(seenByB, "B sees its own theme");

        assertNull(Tenancy.with(in(ids[0]), () -> probe.find(ids[2])));
    }

    @Test
    void queriesListOnlyTheTransactionsOwnInitiative() {
        long[] ids = twoInitiativesWithThemes();

        List<String> seenByA = Tenancy.with(in(ids[0]), probe::themeNames);

        assertEquals(1, seenByA.size(), seenByA.toString());
        assertTrue(seenByA.get(0).startsWith("A-eigen-"));
    }

    @Test
    void bulkUpdatesAndDeletesNeverReachAnotherInitiative() {
        long[] ids = twoInitiativesWithThemes();

        assertEquals(1, (int) Tenancy.with(in(ids[0]), () -> probe.renameAll("-gewijzigd")));
        assertEquals(0, (int) Tenancy.with(in(ids[0]), () -> probe.deleteById(ids[2])));

        List<String> seenByB = Tenancy.with(in(ids[1]), probe::themeNames);
        assertEquals(1, seenByB.size());
        assertTrue(
                seenByB.get(0).startsWith("B-geheim-") && !seenByB.get(0).endsWith("-gewijzigd"), seenByB.toString());
    }

    @Test
    void withoutATenantTenantOwnedRowsCannotBeRead() {
        twoInitiativesWithThemes();
        assertThrows(EJBException.class, () -> Tenancy.with(Tenancy.Scope.NONE, probe::themeNames));
    }

    @Test
    void switchingInitiativeHalfwayThroughATransactionIsRefused() {
        long[] ids = twoInitiativesWithThemes();
        EJBException refused = assertThrows(
                EJBException.class,
                () -> Tenancy.with(in(ids[0]), () -> {
                    probe.switchMidTransaction(in(ids[0]), in(ids[1]));
                    return null;
                }));
        assertTrue(
                String.valueOf(refused.getCause()).contains("One transaction, one tenant")
                        || String.valueOf(refused.getCausedByException()).contains("One transaction, one tenant"),
                refused.toString());
    }

    @Test
    void concurrentRequestsAlternatingInitiativesNeverSeeEachOthersRows() throws Exception {
        long[] ids = twoInitiativesWithThemes();
        AtomicInteger leaks = new AtomicInteger();
        AtomicInteger reads = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int worker = 0; worker < 8; worker++) {
            int offset = worker;
            workers.add(executor.submit(() -> {
                for (int i = 0; i < 50; i++) {
                    int pick = (i + offset) % 3;
                    if (pick == 2) {
                        try {
                            Tenancy.with(Tenancy.Scope.NONE, probe::themeNames);
                            leaks.incrementAndGet();
                        } catch (EJBException refusedWithoutTenant) {
                            reads.incrementAndGet();
                        }
                        continue;
                    }
                    String expectedPrefix = pick == 0 ? "A-eigen-" : "B-geheim-";
                    List<String> names = Tenancy.with(in(ids[pick]), probe::themeNames);
                    reads.incrementAndGet();
                    if (names.size() != 1 || !names.get(0).startsWith(expectedPrefix)) {
                        leaks.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> worker : workers) {
            worker.get(120, TimeUnit.SECONDS);
        }
        assertEquals(400, reads.get());
        assertEquals(0, leaks.get());
    }

    @Test
    void savingAProfileThatSomeoneElseSavedInBetweenIsAConflictAndChangesNothing() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long adminId = newAdmin(run);
        long initiative = probe.newInitiative("conflict-" + run);
        Tenancy.Scope scope = new Tenancy.Scope(adminId, initiative);

        InitiativeForm first = Tenancy.with(scope, initiatives::current);
        InitiativeForm second = Tenancy.with(scope, initiatives::current);
        first.setName("Eerste versie");
        Tenancy.with(scope, () -> initiatives.update(first));
        second.setName("Tweede versie");

        assertThrows(ConcurrentEditException.class, () -> Tenancy.with(scope, () -> initiatives.update(second)));
        assertEquals("Eerste versie", Tenancy.with(scope, initiatives::current).getName());
    }

    @Test
    void aBoardAdminCannotRemoveAMembershipOfAnotherInitiative() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long adminId = newAdmin(run);
        long a = probe.newInitiative("lid-a-" + run);
        long b = probe.newInitiative("lid-b-" + run);
        Tenancy.with(
                new Tenancy.Scope(adminId, a),
                () -> members.invite("voorzitter-a-" + run + "@test.local", "Voorzitter A", BoardRole.BOARD_ADMIN));
        Tenancy.with(
                new Tenancy.Scope(adminId, b),
                () -> members.invite("voorzitter-b-" + run + "@test.local", "Voorzitter B", BoardRole.BOARD_ADMIN));
        Tenancy.with(
                new Tenancy.Scope(adminId, b),
                () -> members.invite("lid-b-" + run + "@test.local", "Lid B", BoardRole.BOARD_MEMBER));
        BoardMembership memberOfB = Tenancy.with(new Tenancy.Scope(adminId, b), members::members).stream()
                .filter(m -> m.getRole() == BoardRole.BOARD_MEMBER)
                .findFirst()
                .orElseThrow();

        assertThrows(
                NotFoundException.class,
                () -> Tenancy.with(new Tenancy.Scope(adminId, a), () -> {
                    members.remove(memberOfB.getId());
                    return null;
                }));
        assertEquals(
                2, Tenancy.with(new Tenancy.Scope(adminId, b), members::members).size());
    }
}
