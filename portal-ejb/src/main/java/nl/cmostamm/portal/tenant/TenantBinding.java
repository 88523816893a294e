package nl.cmostamm.portal.tenant;

import jakarta.persistence.EntityManager;
import java.util.Objects;

/**
 * Copies the thread's {@link Tenancy} scope onto the transaction's EntityManager. The service
 * guard ({@code nl.cmostamm.portal.security.Guard}) calls this at the start of every service
 * method, inside the method's container transaction, so the property lands on the EntityManager
 * of exactly that transaction.
 *
 * <p>EclipseLink returns entities of the first tenant from the persistence context if the tenant
 * changes halfway through a transaction, so a change is refused outright.
 */
public final class TenantBinding {

    private TenantBinding() {}

    /** Binds the current scope to {@code em}, which must be the current transaction's. */
    public static void enter(EntityManager em) {
        Tenancy.Scope scope = Tenancy.current();
        Object already = em.getProperties().get(TenantOwned.TENANT_PROPERTY);
        if (already != null && !Objects.equals(String.valueOf(already), String.valueOf(scope.initiativeId()))) {
            throw new IllegalStateException(
                    "One transaction, one tenant: refusing to switch initiative mid-transaction");
        }
        if (scope.initiativeId() != null && already == null) {
            em.setProperty(TenantOwned.TENANT_PROPERTY, scope.initiativeId());
        }
        if (scope.accountId() != null) {
            em.setProperty(TenantOwned.ACCOUNT_PROPERTY, scope.accountId());
        }
    }
}
