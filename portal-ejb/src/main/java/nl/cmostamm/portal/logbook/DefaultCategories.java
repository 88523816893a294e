package nl.cmostamm.portal.logbook;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.initiative.InitiativeCreated;

/**
 * Gives every new initiative the help desk's starting categories. It listens to the initiative's
 * announcement rather than being called by it, so the initiative does not depend on the logbook;
 * the observer runs inside the creating transaction ({@code MANDATORY}) and in the new tenant.
 */
@Stateless
@Guarded
public class DefaultCategories {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    @Allow(Caller.SERVICE)
    public void furnish(@Observes InitiativeCreated created) {
        for (int i = 0; i < HelpCategory.DEFAULTS.size(); i++) {
            em.persist(new HelpCategory(HelpCategory.DEFAULTS.get(i), i));
        }
    }
}
