package nl.cmostamm.portal.portfolio;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.initiative.Initiative;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.security.AdvisorAssignment;
import nl.cmostamm.portal.security.BoardMembership;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.shared.Paging;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * Pages through the initiatives the current account may see, filtered and sorted in the database:
 * one count query and one page query per request, whatever the size of the portfolio.
 */
@Stateless
@Guarded
public class PortfolioService {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Allow(Caller.SIGNED_IN)
    public List<Initiative> page(
            PortfolioFilter filter, PortfolioSort sort, boolean ascending, int first, int pageSize) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Initiative> query = cb.createQuery(Initiative.class);
        Root<Initiative> initiative = query.from(Initiative.class);
        query.where(restrictions(cb, query, initiative, filter));
        var order = initiative.get(sort.attribute());
        query.orderBy(ascending ? cb.asc(order) : cb.desc(order), cb.asc(initiative.get("id")));
        return em.createQuery(query)
                .setFirstResult(Paging.first(first))
                .setMaxResults(Paging.size(pageSize))
                .getResultList();
    }

    @Allow(Caller.SIGNED_IN)
    public long count(PortfolioFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<Initiative> initiative = query.from(Initiative.class);
        query.select(cb.count(initiative)).where(restrictions(cb, query, initiative, filter));
        return em.createQuery(query).getSingleResult();
    }

    /** The municipalities in the current account's portfolio, for the filter's choices. */
    @Allow(Caller.SIGNED_IN)
    public List<String> municipalities() {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<String> query = cb.createQuery(String.class);
        Root<Initiative> initiative = query.from(Initiative.class);
        query.select(initiative.get("municipality"))
                .distinct(true)
                .where(restrictions(cb, query, initiative, PortfolioFilter.NONE))
                .orderBy(cb.asc(initiative.get("municipality")));
        return em.createQuery(query).getResultList();
    }

    private Predicate[] restrictions(
            CriteriaBuilder cb, CriteriaQuery<?> query, Root<Initiative> initiative, PortfolioFilter filter) {
        List<Predicate> predicates = new ArrayList<>();
        predicates.add(visibleToCurrentAccount(cb, query, initiative));
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = Input.containing(filter.text());
            predicates.add(cb.or(
                    cb.like(cb.lower(initiative.get("name")), like, Input.LIKE_ESCAPE),
                    cb.like(cb.lower(initiative.get("slug")), like, Input.LIKE_ESCAPE),
                    cb.like(cb.lower(initiative.get("municipality")), like, Input.LIKE_ESCAPE)));
        }
        if (filter.municipality() != null && !filter.municipality().isBlank()) {
            predicates.add(cb.equal(initiative.get("municipality"), filter.municipality()));
        }
        if (filter.province() != null) {
            predicates.add(cb.equal(initiative.get("province"), filter.province()));
        }
        if (filter.status() != null) {
            predicates.add(cb.equal(initiative.get("status"), filter.status()));
        }
        return predicates.toArray(Predicate[]::new);
    }

    private Predicate visibleToCurrentAccount(CriteriaBuilder cb, CriteriaQuery<?> query, Root<Initiative> initiative) {
        Long accountId = Tenancy.current().accountId();
        Account account = accountId == null ? null : em.find(Account.class, accountId);
        if (account == null || !account.isActive()) {
            throw new AccessDeniedException("Not logged in");
        }
        if (account.isAdmin()) {
            return cb.conjunction();
        }
        Subquery<Long> boards = query.subquery(Long.class);
        Root<BoardMembership> membership = boards.from(BoardMembership.class);
        boards.select(membership.get("initiative").get("id"))
                .where(cb.equal(membership.get("account").get("id"), accountId));
        Predicate onBoard = initiative.get("id").in(boards);
        if (!account.isAdvisor()) {
            return onBoard;
        }
        Subquery<Long> assigned = query.subquery(Long.class);
        Root<AdvisorAssignment> assignment = assigned.from(AdvisorAssignment.class);
        assigned.select(assignment.get("initiative").get("id"))
                .where(cb.equal(assignment.get("advisor").get("id"), accountId));
        return cb.or(onBoard, initiative.get("id").in(assigned));
    }
}
