package nl.cmostamm.portal.tenant;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.initiative.Initiative;
import nl.cmostamm.portal.initiative.InitiativeForm;
import nl.cmostamm.portal.initiative.ValueTheme;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.shared.NotFoundException;

/**
 * A test-only service that touches tenant-owned rows the way application services do, so the
 * in-container tests can check what EclipseLink and PostgreSQL let through.
 */
@Stateless
@Guarded
public class TenantProbe {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    TestAccounts accounts;

    /**
     * A bare initiative (no themes or other lists), written as the database demands of every new
     * one: under a reserved id, in a transaction that has it as tenant, by a knowledge-centre admin.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Allow(Caller.ANYONE) // probes the tenant mechanics, not the rules
    public long newInitiative(String slug) {
        Account admin = new Account("beheer-" + slug + "@test.local", "Beheer " + slug);
        admin.setAdmin(true);
        long adminId = accounts.create(admin, "geen-wachtwoord").getId();
        Initiative initiative = new Initiative(Initiative.reserveId(em), profile(slug));
        TenantProbe self = context.getBusinessObject(TenantProbe.class);
        Tenancy.with(new Tenancy.Scope(adminId, initiative.getId()), () -> self.insert(initiative));
        return initiative.getId();
    }

    @Allow(Caller.ANYONE) // probes the tenant mechanics, not the rules
    public Initiative insert(Initiative initiative) {
        em.persist(initiative);
        return initiative;
    }

    private static InitiativeForm profile(String slug) {
        InitiativeForm profile = new InitiativeForm();
        profile.setSlug(slug);
        profile.setName("Initiatief " + slug);
        profile.setMunicipality("Testgemeente");
        return profile;
    }

    /** Which initiatives the database shows this transaction, without any filter of the query's own. */
    @Allow(Caller.ANYONE) // probes the tenant mechanics, not the rules
    public List<Long> initiativeIds() {
        return em.createQuery("select i.id from Initiative i order by i.id", Long.class)
                .getResultList();
    }

    /** A bulk JPQL update of any initiative's name, past every check of InitiativeService. */
    @Allow(Caller.ANYONE) // probes the tenant mechanics, not the rules
    public int renameInitiative(long id, String name) {
        return em.createQuery("update Initiative i set i.name = :name where i.id = :id")
                .setParameter("name", name)
                .setParameter("id", id)
                .executeUpdate();
    }

    /** The same through a managed entity: found (when readable), changed, written at commit. */
    @Allow(Caller.ANYONE) // probes the tenant mechanics, not the rules
    public void renameFoundInitiative(long id, String name) {
        Initiative initiative = em.find(Initiative.class, id);
        if (initiative == null) {
            throw new NotFoundException("Initiative");
        }
        initiative.setName(name);
        em.flush();
    }

    @Allow(Caller.ANYONE) // probes the tenant mechanics, not the rules
    public long addTheme(String name) {
        ValueTheme theme = new ValueTheme(name, 0);
        em.persist(theme);
        em.flush();
        return theme.getId();
    }

    @Allow(Caller.ANYONE) // probes the tenant mechanics, not the rules
    public ValueTheme find(long id) {
        return em.find(ValueTheme.class, id);
    }

    @Allow(Caller.ANYONE) // probes the tenant mechanics, not the rules
    public List<String> themeNames() {
        return em.createNamedQuery(ValueTheme.ALL, ValueTheme.class).getResultList().stream()
                .map(ValueTheme::getName)
                .toList();
    }

    @Allow(Caller.ANYONE) // probes the tenant mechanics, not the rules
    public int renameAll(String name) {
        return em.createQuery("update ValueTheme t set t.name = concat(t.name, :suffix)")
                .setParameter("suffix", name)
                .executeUpdate();
    }

    @Allow(Caller.ANYONE) // probes the tenant mechanics, not the rules
    public int deleteById(long id) {
        return em.createQuery("delete from ValueTheme t where t.id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Reads in {@code first}'s scope, then tries {@code second}'s in the same transaction. */
    @Allow(Caller.ANYONE) // probes the tenant mechanics, not the rules
    public void switchMidTransaction(Tenancy.Scope first, Tenancy.Scope second) {
        TenantProbe self = context.getBusinessObject(TenantProbe.class);
        Tenancy.with(first, self::themeNames);
        Tenancy.with(second, self::themeNames);
    }
}
