package nl.cmostamm.portal.security;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.tenant.TenantBinding;

/**
 * The one gate every service method passes: binds the current tenant to the transaction, then
 * checks the method's declared {@link Allow} rule against the server-side {@link Tenancy} scope,
 * before the method body runs. A method without a rule is refused (fail closed), so a forgotten
 * declaration shows up as a refusal in the first test that calls it, and in {@code
 * ArchitectureTest} before that.
 *
 * <p>EJB interceptors run inside the method's container transaction, so the tenant lands on the
 * EntityManager of exactly that transaction, and the standing it looks up is remembered for the
 * rest of it ({@link Standings}). It has the first application priority, so interceptors added
 * later (auditing, say) already see the tenant and a caller who was let in.
 *
 * <p>Refusals follow the portal's rule for probing: an initiative the caller may not enter is
 * "not found"; a known initiative the caller may see but not manage is "access denied".
 */
@Guarded
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class Guard {

    /** How many guarded calls are running on this thread: {@link Caller#SERVICE} needs one. */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    Standings standings;

    @AroundInvoke
    public Object guard(InvocationContext invocation) throws Exception {
        Allow rule = invocation.getMethod().getAnnotation(Allow.class);
        if (rule == null) {
            throw new AccessDeniedException("No @Allow rule on " + invocation.getMethod());
        }
        if (transactions.getTransactionKey() != null) {
            TenantBinding.enter(em);
        }
        check(rule.value());
        int[] depth = DEPTH.get();
        depth[0]++;
        try {
            return invocation.proceed();
        } finally {
            if (--depth[0] == 0) {
                DEPTH.remove();
            }
        }
    }

    private void check(Caller caller) {
        switch (caller) {
            case ANYONE -> {}
            case SIGNED_IN -> standings.actor(Tenancy.requireAccount());
            case BOARD -> {
                // the nightly figures read as a board member would, in no one's name, and only
                // inside a call that the SYSTEM rule let through (never inside a request)
                if (!(Tenancy.current().scheduled() && DEPTH.get()[0] > 0)) {
                    standing();
                }
            }
            case BOARD_ADMIN -> {
                if (!standing().mayManage()) {
                    throw new AccessDeniedException("Only board admins and advisors may do this");
                }
            }
            case INITIATIVE_ADVISOR -> {
                Standing standing = standing();
                if (standing != Standing.ADVISOR && standing != Standing.ADMIN) {
                    throw new AccessDeniedException("Only the initiative's advisors may do this");
                }
            }
            case ADVISOR -> {
                Standings.Actor actor = standings.actor(Tenancy.requireAccount());
                if (!actor.advisor() && !actor.admin()) {
                    throw new AccessDeniedException("Only the knowledge centre's staff may do this");
                }
            }
            case KNOWLEDGE_CENTRE_ADMIN -> {
                if (!standings.actor(Tenancy.requireAccount()).admin()) {
                    throw new AccessDeniedException("Only the knowledge centre's admins may do this");
                }
            }
            case SYSTEM -> {
                if (Tenancy.isOpen()) {
                    throw new AccessDeniedException("Only start-up work may do this");
                }
            }
            case SERVICE -> {
                if (DEPTH.get()[0] == 0) {
                    DEPTH.remove();
                    throw new AccessDeniedException("Only another service may call this");
                }
            }
        }
    }

    private Standing standing() {
        long initiative = Tenancy.requireInitiative();
        return standings.in(Tenancy.requireAccount(), initiative);
    }
}
