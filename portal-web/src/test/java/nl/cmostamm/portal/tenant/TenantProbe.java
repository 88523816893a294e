package nl.cmostamm.portal.tenant;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.cmostamm.portal.initiative.Initiative;
import nl.cmostamm.portal.initiative.ValueTheme;
import nl.cmostamm.portal.security.Allow;
import nl.cmostamm.portal.security.Caller;
import nl.cmostamm.portal.security.Guarded;

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

    @Allow(Caller.ANYONE) // probes the tenant mechanics, not the rules
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long newInitiative(String slug) {
        Initiative initiative = new Initiative();
        initiative.setSlug(slug);
        initiative.setName("Initiatief " + slug);
        initiative.setMunicipality("Testgemeente");
        em.persist(initiative);
        em.flush();
        return initiative.getId();
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
