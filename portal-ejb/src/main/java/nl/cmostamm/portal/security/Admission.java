package nl.cmostamm.portal.security;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.initiative.Initiative;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * Decides whether the logged-in account may enter an initiative. The web layer asks this before it
 * puts an initiative in the session; every service call is checked again by the {@link Guard}
 * against the rule the method declares ({@link Allow}), so an id from a request is never trusted
 * on its own. An initiative the account may not enter is reported as not found, so ids of other
 * initiatives cannot be probed.
 */
@Stateless
@Guarded
public class Admission {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Inject
    Standings standings;

    @Allow(Caller.SIGNED_IN)
    public Admittance admit(long initiativeId) {
        Initiative initiative = em.find(Initiative.class, initiativeId);
        if (initiative == null) {
            throw new NotFoundException("Initiative");
        }
        return new Admittance(
                initiative.getId(),
                initiative.getSlug(),
                initiative.getName(),
                standings.in(Tenancy.requireAccount(), initiativeId));
    }

    /**
     * The standing of the current account in the entered initiative, for services that show or
     * allow a little more to those who manage. Looked up once per transaction.
     */
    @Allow(Caller.BOARD)
    public Standing currentStanding() {
        return standings.in(Tenancy.requireAccount(), Tenancy.requireInitiative());
    }

    /** The boards the current account sits on, for the initiative switcher. */
    @Allow(Caller.SIGNED_IN)
    public List<Admittance> myBoards() {
        return em
                .createNamedQuery(BoardMembership.OF_ACCOUNT, BoardMembership.class)
                .setParameter("account", Tenancy.requireAccount())
                .getResultList()
                .stream()
                .map(m -> new Admittance(
                        m.getInitiative().getId(),
                        m.getInitiative().getSlug(),
                        m.getInitiative().getName(),
                        m.getRole() == BoardRole.BOARD_ADMIN ? Standing.BOARD_ADMIN : Standing.BOARD_MEMBER))
                .toList();
    }
}
