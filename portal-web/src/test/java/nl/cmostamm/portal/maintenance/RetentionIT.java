package nl.cmostamm.portal.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.testing.InContainer;
import nl.cmostamm.portal.testing.TestRows;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The daily retention run: once per cluster, class by class, on record for the admins. */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    @EJB
    Retention retention;

    @Resource
    ManagedExecutorService timers;

    @EJB
    JobRuns runs;

    @EJB
    TestAccounts accounts;

    @EJB
    TestRows rows;

    @EJB
    InitiativeService initiatives;

    @Test
    void nodesAskingForTheSameDayAtOnceGetOneRunBetweenThem() throws Exception {
        LocalDate day = InContainer.unusedRunDay();
        int nodes = 6;
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> asked = new ArrayList<>();
            for (int i = 0; i < nodes; i++) {
                // a container thread outside any request, like a node's timer
                asked.add(timers.submit((Callable<Boolean>) () -> {
                    start.await();
                    return retention.runForDay(day);
                }));
            }
            start.countDown();
            int ran = 0;
            for (Future<Boolean> one : asked) {
                ran += one.get() ? 1 : 0;
            }
            assertEquals(1, ran, "one of the six did the day's run");
        } finally {
            start.countDown();
        }
        assertEquals(
                1, rows.run("select count(*) from job_run where job = 'retention' and period = ?", day.toString()));
        assertEquals(
                1,
                rows.run(
                        "select count(*) from job_run where period = ? and outcome = 'DONE' and finished_at is not null",
                        day.toString()));
        assertFalse(outsideAnyRequest(() -> retention.runForDay(day)), "asked again later: already done");
    }

    @Test
    void linksAndBrowsersPastTheirPeriodGoAndCurrentOnesStay() {
        Account person = accounts.create(new Account(InContainer.uniqueEmail("bewaar"), "Bewaar"), "geen-wachtwoord");
        long account = person.getId();
        // a reset link that expired 40 days ago (30 is the period), one used 5 days ago, one still valid
        long expired = rows.run(
                "insert into auth_token (account_id, purpose, token_hash, expires_at)"
                        + " values (?, 'PASSWORD_RESET', md5(random()::text) || md5(random()::text), now() - interval '40 days')"
                        + " returning id",
                account);
        long used = rows.run(
                "insert into auth_token (account_id, purpose, token_hash, expires_at, used_at)"
                        + " values (?, 'INVITATION', md5(random()::text) || md5(random()::text), now() + interval '2 days',"
                        + " now() - interval '5 days') returning id",
                account);
        long valid = rows.run(
                "insert into auth_token (account_id, purpose, token_hash, expires_at)"
                        + " values (?, 'INVITATION', md5(random()::text) || md5(random()::text), now() + interval '7 days')"
                        + " returning id",
                account);
        long oldDevice = rows.run(
                "insert into trusted_device (account_id, token_hash, created_at, last_used_at)"
                        + " values (?, md5(random()::text) || md5(random()::text), now() - interval '400 days',"
                        + " now() - interval '200 days') returning id",
                account);
        long recentDevice = rows.run(
                "insert into trusted_device (account_id, token_hash, last_used_at)"
                        + " values (?, md5(random()::text) || md5(random()::text), now() - interval '3 days') returning id",
                account);

        assertTrue(outsideAnyRequest(() -> retention.runForDay(InContainer.unusedRunDay())));

        assertEquals(0, rows.run("select count(*) from auth_token where id = ?", expired), "expired 40 days ago");
        assertEquals(1, rows.run("select count(*) from auth_token where id = ?", used), "used 5 days ago");
        assertEquals(1, rows.run("select count(*) from auth_token where id = ?", valid), "still valid");
        assertEquals(0, rows.run("select count(*) from trusted_device where id = ?", oldDevice), "unused 200 days");
        assertEquals(1, rows.run("select count(*) from trusted_device where id = ?", recentDevice), "used this week");
    }

    @Test
    void anAdminCanRunItNowAndReadEveryRunWithWhatItRemoved() {
        Tenancy.Scope admin = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        long before = Tenancy.with(admin, runs::count);

        assertTrue(Tenancy.with(admin, retention::runNow));

        assertEquals(before + 1, Tenancy.with(admin, runs::count));
        JobRun newest = Tenancy.with(admin, () -> runs.page(0, 10)).get(0);
        assertEquals(JobRun.Outcome.DONE, newest.getOutcome());
        assertEquals(admin.accountId(), newest.getStartedBy().getId(), "the admin who asked is on record");
        assertEquals(
                List.of("workshopAnswers", "tokens", "trustedDevices", "jobRuns"),
                List.copyOf(newest.getCounts().keySet()),
                "a count for every retention class");
        assertTrue(newest.getDuration() != null && !newest.getDuration().isNegative());
    }

    @Test
    void nobodyButTheKnowledgeCentresAdminsStartsOrReadsRuns() {
        Tenancy.Scope admin = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Account advisor = new Account(InContainer.uniqueEmail("adviseur"), "Adviseur");
        advisor.setAdvisor(true);
        Tenancy.Scope advisorScope =
                new Tenancy.Scope(accounts.create(advisor, "geen-wachtwoord").getId(), admin.initiativeId());

        assertThrows(AccessDeniedException.class, () -> Tenancy.with(advisorScope, retention::runNow));
        assertThrows(AccessDeniedException.class, () -> Tenancy.with(advisorScope, () -> runs.page(0, 10)));
        assertThrows(
                AccessDeniedException.class,
                () -> Tenancy.with(admin, () -> retention.runForDay(InContainer.unusedRunDay())),
                "the day's run is the timers' work, never a request's");
        assertThrows(
                AccessDeniedException.class,
                () -> Tenancy.with(admin, () -> runs.claim(Retention.JOB, "x", null)),
                "claims are made by the run itself");
    }

    /** As a node's timer runs: in no request's scope (the test runner's request opens one). */
    private static <T> T outsideAnyRequest(java.util.function.Supplier<T> work) {
        Tenancy.Scope scope = Tenancy.current();
        Tenancy.close();
        try {
            return work.get();
        } finally {
            Tenancy.open(scope);
        }
    }
}
