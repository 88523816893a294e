package nl.cmostamm.portal.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Supplier;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.NotFoundException;

/**
 * Looks up who an account is and how it stands in an initiative, once per transaction. A page
 * that makes five service calls in one transaction asks the database once; a new transaction
 * asks again, so a removed board member is refused from the next request on. Used by the
 * {@link Guard} and {@link Admission} only.
 */
@ApplicationScoped
class Standings {

    /** What the guard needs to know about the account behind a request. */
    record Actor(boolean admin, boolean advisor) {}

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The active account {@code accountId}; refused when it does not exist or was deactivated. */
    Actor actor(long accountId) {
        return memo("portal.actor." + accountId, () -> {
            Account account = em.find(Account.class, accountId);
            if (account == null || !account.isActive()) {
                throw new AccessDeniedException("Not logged in");
            }
            return new Actor(account.isAdmin(), account.isAdvisor());
        });
    }

    /** How {@code accountId} stands in {@code initiativeId}; "not found" when it may not enter. */
    Standing in(long accountId, long initiativeId) {
        return memo("portal.standing." + accountId + "." + initiativeId, () -> {
            Actor actor;
            try {
                actor = actor(accountId);
            } catch (AccessDeniedException e) {
                throw new NotFoundException("Initiative");
            }
            if (actor.admin()) {
                return Standing.ADMIN;
            }
            if (actor.advisor()
                    && !em.createNamedQuery(AdvisorAssignment.ONE, AdvisorAssignment.class)
                            .setParameter("initiative", initiativeId)
                            .setParameter("account", accountId)
                            .getResultList()
                            .isEmpty()) {
                return Standing.ADVISOR;
            }
            return em.createNamedQuery(BoardMembership.ONE, BoardMembership.class)
                    .setParameter("initiative", initiativeId)
                    .setParameter("account", accountId)
                    .getResultStream()
                    .findFirst()
                    .map(m -> m.getRole() == BoardRole.BOARD_ADMIN ? Standing.BOARD_ADMIN : Standing.BOARD_MEMBER)
                    .orElseThrow(() -> new NotFoundException("Initiative"));
        });
    }

    @SuppressWarnings("unchecked")
    private <T> T memo(String key, Supplier<T> lookup) {
        if (transactions.getTransactionKey() == null) {
            return lookup.get();
        }
        T known = (T) transactions.getResource(key);
        if (known == null) {
            known = lookup.get();
            transactions.putResource(key, known);
        }
        return known;
    }
}
