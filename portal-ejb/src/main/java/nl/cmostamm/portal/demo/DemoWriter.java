package nl.cmostamm.portal.demo;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.cmostamm.portal.initiative.DefaultThemes;
import nl.cmostamm.portal.initiative.Initiative;
import nl.cmostamm.portal.initiative.SocietalEffect;
import nl.cmostamm.portal.initiative.TargetGroup;
import nl.cmostamm.portal.initiative.ValueTheme;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.security.AdvisorAssignment;
import nl.cmostamm.portal.security.BoardMembership;
import nl.cmostamm.portal.security.BoardRole;
import nl.cmostamm.portal.tenant.TenantAware;

/** Writes one demo initiative's own rows, in a transaction whose tenant is that initiative. */
@Stateless
@TenantAware
public class DemoWriter {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    public void furnish(long initiativeId, DemoInitiative demo, List<Long> advisorIds, long boardAdminId, long memberId) {
        Initiative initiative = em.find(Initiative.class, initiativeId);
        for (int i = 0; i < DefaultThemes.DUTCH.size(); i++) {
            em.persist(new ValueTheme(DefaultThemes.DUTCH.get(i), i));
        }
        for (int i = 0; i < DefaultThemes.TARGET_GROUPS.size(); i++) {
            em.persist(new TargetGroup(DefaultThemes.TARGET_GROUPS.get(i), i));
        }
        for (int i = 0; i < demo.effects().size(); i++) {
            em.persist(new SocietalEffect(demo.effects().get(i), null, i));
        }
        for (Long advisorId : advisorIds) {
            em.persist(new AdvisorAssignment(initiative, em.find(Account.class, advisorId)));
        }
        em.persist(new BoardMembership(initiative, em.find(Account.class, boardAdminId), BoardRole.BOARD_ADMIN));
        em.persist(new BoardMembership(initiative, em.find(Account.class, memberId), BoardRole.BOARD_MEMBER));
    }
}
