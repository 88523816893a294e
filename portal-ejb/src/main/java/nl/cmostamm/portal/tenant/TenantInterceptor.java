package nl.cmostamm.portal.tenant;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Objects;

/**
 * Copies the thread's {@link Tenancy} scope onto the transaction's EntityManager before a
 * {@link TenantAware} service method runs. EJB interceptors run inside the method's container
 * transaction, so the property lands on the EntityManager of exactly that transaction.
 *
 * <p>EclipseLink returns entities of the first tenant from the persistence context if the tenant
 * changes halfway through a transaction, so a change is refused outright. It has the first
 * application priority, so interceptors added later (auditing, say) already see the tenant.
 */
@TenantAware
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenantInterceptor {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @AroundInvoke
    public Object enterTenant(InvocationContext invocation) throws Exception {
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
        return invocation.proceed();
    }
}
