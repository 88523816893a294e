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

/**
 * A test-only service that touches tenant-owned rows the way application services do, so the
 * in-container tests can check what EclipseLink and PostgreSQL let through.
 */
@Stateless
@TenantAware
public class TenantProbe {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    SessionContext context;

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

    public long addTheme(String name) {
        ValueTheme theme = new ValueTheme(name, 0);
        em.persist(theme);
        em.flush();
        return theme.getId();
    }

    public ValueTheme find(long id) {
        return em.find(ValueTheme.class, id);
    }

    public List<String> themeNames() {
        return em.createNamedQuery(ValueTheme.ALL, ValueTheme.class).getResultList().stream()
                .map(ValueTheme::getName)
                .toList();
    }

    public int renameAll(String name) {
        return em.createQuery("update ValueTheme t set t.name = concat(t.name, :suffix)")
                .setParameter("suffix", name)
                .executeUpdate();
    }

    public int deleteById(long id) {
        return em.createQuery("delete from ValueTheme t where t.id = :id")
                .setParameter("id", id)
                .executeUpdate();
    }

    /** Reads in {@code first}'s scope, then tries {@code second}'s in the same transaction. */
    public void switchMidTransaction(Tenancy.Scope first, Tenancy.Scope second) {
        TenantProbe self = context.getBusinessObject(TenantProbe.class);
        Tenancy.with(first, self::themeNames);
        Tenancy.with(second, self::themeNames);
    }
}
