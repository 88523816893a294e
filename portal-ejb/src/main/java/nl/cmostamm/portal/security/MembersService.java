package nl.cmostamm.portal.security;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.initiative.Initiative;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * The board of the current initiative: who sits on it, inviting people by e-mail, and removing them.
 * Only board admins, the initiative's advisors and admins may change it.
 */
@Stateless
@Guarded
public class MembersService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AccountService accounts;

    @Allow(Caller.BOARD)
    public List<BoardMembership> members() {
        return em.createNamedQuery(BoardMembership.OF_INITIATIVE, BoardMembership.class)
                .setParameter("initiative", Tenancy.requireInitiative())
                .getResultList();
    }

    /**
     * Puts a person on the board. A new person gets an account without a password and a one-time
     * link to set one; someone who already has an account finds the initiative in their switcher.
     */
    @Allow(Caller.BOARD_ADMIN)
    public Invitation invite(String email, String displayName, BoardRole role) {
        long initiativeId = Tenancy.requireInitiative();
        Account account = accounts.findOrCreateInvitee(email, displayName);
        if (!em.createNamedQuery(BoardMembership.ONE, BoardMembership.class)
                .setParameter("initiative", initiativeId)
                .setParameter("account", account.getId())
                .getResultList()
                .isEmpty()) {
            throw new ValidationFailure("member.exists", "email");
        }
        Initiative initiative = em.find(Initiative.class, initiativeId);
        em.persist(new BoardMembership(initiative, account, role));
        return accounts.invite(account, initiative.getName());
    }

    /** Takes someone off the board; the last board admin stays. */
    @Allow(Caller.BOARD_ADMIN)
    public void remove(long membershipId) {
        List<BoardMembership> board = em.createNamedQuery(BoardMembership.OF_INITIATIVE, BoardMembership.class)
                .setParameter("initiative", Tenancy.requireInitiative())
                .getResultList();
        BoardMembership membership = board.stream()
                .filter(m -> m.getId() == membershipId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Membership"));
        if (membership.getRole() == BoardRole.BOARD_ADMIN
                && board.stream()
                                .filter(m -> m.getRole() == BoardRole.BOARD_ADMIN)
                                .count()
                        == 1) {
            throw new ValidationFailure("member.lastAdmin", null);
        }
        em.remove(membership);
    }
}
