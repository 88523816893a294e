package nl.cmostamm.portal.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import nl.cmostamm.portal.initiative.Initiative;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.security.AccountService;
import nl.cmostamm.portal.shared.PortalConfig;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.workshop.WorkshopService;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.persistence.config.QueryHints;

/**
 * Loads the demo data set at start-up when {@code portal.demo} is true and the database holds no
 * initiative yet. Every demo account has the password {@value #PASSWORD}; the hash is computed once
 * and shared, which is fine for demo data and saves seconds of PBKDF2 at every first start.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoDataSet {

    public static final String PASSWORD = "Inwonerskracht-demo-2026";
    private static final Logger LOG = Logger.getLogger(DemoDataSet.class.getName());

    @Inject
    @ConfigProperty(name = PortalConfig.DEMO, defaultValue = "false")
    boolean demo;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @EJB
    AccountService accounts;

    @EJB
    DemoWriter writer;

    @EJB
    WorkshopService workshops;

    @PostConstruct
    void load() {
        if (!demo) {
            return;
        }
        try {
            transaction.begin();
            // the nodes of a cluster start at once: one loads, the others wait here and then find
            // its accounts (the lock is the transaction's, released at its commit)
            em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtext('portal-demo-data-set'))")
                    .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                    .getSingleResult();
            // asked of the database: no initiative is visible before any account or tenant exists
            boolean empty = !(Boolean) em.createNativeQuery("select any_initiative()")
                            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                            .getSingleResult()
                    && em.createQuery("select count(a) from Account a where a.email = 'beheer@demo.local'", Long.class)
                                    .getSingleResult()
                            == 0;
            if (!empty) {
                transaction.commit();
                LOG.info("Demo data set not loaded: the database already holds initiatives");
                return;
            }
            String hash = accounts.hashPassword(PASSWORD);
            Account admin = account("beheer@demo.local", "Beheer Kenniscentrum", hash, true, false);
            Account advisor = account("adviseur@demo.local", "Anne de Adviseur", hash, false, true);
            Account advisor2 = account("adviseur2@demo.local", "Bram Bakker", hash, false, true);
            List<long[]> plan = new ArrayList<>();
            for (DemoInitiative d : DemoInitiative.ALL) {
                Account boardAdmin =
                        account("bestuur." + d.slug() + "@demo.local", "Bestuur " + d.slug(), hash, false, false);
                Account member = account("lid." + d.slug() + "@demo.local", "Lid " + d.slug(), hash, false, false);
                plan.add(new long[] {Initiative.reserveId(em), boardAdmin.getId(), member.getId()});
            }
            transaction.commit();
            for (int i = 0; i < plan.size(); i++) {
                DemoInitiative d = DemoInitiative.ALL.get(i);
                long[] ids = plan.get(i);
                List<Long> advisors = d.slug().equals("smilde") || d.slug().equals("odensehuis")
                        ? List.of(advisor.getId(), advisor2.getId())
                        : List.of(advisor.getId());
                // the initiative is written in a transaction whose tenant it already is, as the admin
                Tenancy.with(new Tenancy.Scope(admin.getId(), ids[0]), () -> {
                    writer.furnish(ids[0], d, advisors, ids[1], ids[2]);
                    return null;
                });
            }
            long westerwolde = plan.get(DemoInitiative.ALL.indexOf(DemoInitiative.ALL.stream()
                    .filter(d -> d.slug().equals("westerwolde"))
                    .findFirst()
                    .orElseThrow()))[0];
            long stepPlan = ((Number) em.createNativeQuery("select id from exercise where code = 'toc-step-plan'")
                            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                            .getSingleResult())
                    .longValue();
            DemoWorkshops.write(workshops, advisor.getId(), westerwolde, stepPlan);
            LOG.info("Demo data set loaded: six initiatives, demo accounts with password " + PASSWORD);
        } catch (Exception e) {
            throw new IllegalStateException("Loading the demo data set failed", e);
        }
    }

    private Account account(String email, String name, String hash, boolean admin, boolean advisor) {
        Account account = new Account(email, name);
        account.setAdmin(admin);
        account.setAdvisor(advisor);
        return accounts.createWithHash(account, hash);
    }
}
