package nl.cmostamm.portal.security;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Test fixture: accounts made and found directly, the way an operator would set them up, so the
 * in-container tests can act as any kind of person without going through an invitation. Lives in
 * the tests, deployed by {@code InContainer.portal()}, never in the portal itself.
 */
@Stateless
public class TestAccounts {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** Stores {@code account} with a ready password hash (or a placeholder that never matches). */
    public Account create(Account account, String passwordHash) {
        account.setPasswordHash(passwordHash);
        em.persist(account);
        return account;
    }

    /** A real hash, for an account that logs in with this password. */
    public String hash(String password) {
        return new PasswordHasher(PasswordHasher.MINIMUM_ITERATIONS).hash(password.toCharArray());
    }

    public long idOf(String email) {
        return em.createNamedQuery(Account.BY_EMAIL, Account.class)
                .setParameter("email", Account.normalise(email))
                .getSingleResult()
                .getId();
    }
}
