package nl.cmostamm.portal.testing;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import nl.cmostamm.portal.tenant.TenantBinding;

/**
 * Test fixture for in-container tests: one SQL statement as the application role in the tenant of
 * the caller's {@code Tenancy} scope, row-level security and all, for state no page makes directly
 * (a wave that closed last week, an invitation sent eight days ago). Deployed by {@code
 * InContainer.portal()}, never in the portal itself.
 */
@Stateless
public class TestRows {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Runs {@code sql}; returns the first column of a query's (or a {@code returning}'s) row, else 0. */
    public long run(String sql, Object... parameters) {
        TenantBinding.enter(em);
        Query query = em.createNativeQuery(sql).setHint("eclipselink.jdbc.allow-native-sql-query", true);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        String lower = sql.strip().toLowerCase();
        if (lower.startsWith("select") || lower.contains(" returning ")) {
            return ((Number) query.getSingleResult()).longValue();
        }
        query.executeUpdate();
        return 0;
    }
}
