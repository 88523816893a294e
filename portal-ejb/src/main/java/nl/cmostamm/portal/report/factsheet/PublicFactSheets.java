package nl.cmostamm.portal.report.factsheet;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.SecretTokens;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * The public side of fact sheets, used without an account, as {@code PublicSurveys} is for surveys:
 * a link is looked up by the hash of its token (outside any tenant); the sheet is then read in a
 * transaction of the link's own initiative, taken from the link row and never from the request.
 * Malformed, unknown, revoked and expired tokens are all simply "not found", so a visitor learns
 * nothing from trying.
 */
@ApplicationScoped
@Guarded
public class PublicFactSheets {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    FactSheetService sheets;

    /** What the link of {@code token} shows now, or empty when it opens nothing today. */
    @Allow(Caller.ANYONE)
    public Optional<FactSheetContent> open(String token) {
        if (!SecretTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        Optional<FactSheetLink> link = em.createNamedQuery(FactSheetLink.BY_HASH, FactSheetLink.class)
                .setParameter("hash", SecretTokens.hash(token))
                .getResultStream()
                .findFirst()
                .filter(l -> l.opens(LocalDate.now(FactSheetService.DUTCH_TIME)));
        if (link.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Tenancy.with(
                    new Tenancy.Scope(null, link.get().getInitiativeId()),
                    () -> sheets.published(link.get().getId())));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }
}
