package nl.cmostamm.portal.method.sroi.proxy;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.shared.Paging;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * The knowledge centre's library of financial proxies: everyone who is signed in reads it, whether
 * or not they entered an initiative; only advisors and admins add, edit, retire and reactivate
 * proxies. Pages are filtered and sorted in the database (one count and one page query, plus one
 * for the page's outcome types). Every edit carries the version it was opened with, so two advisors
 * saving the same proxy conflict instead of overwriting each other, and every change leaves a line
 * in the proxy's history in the same transaction.
 */
@Stateless
@Guarded
public class ProxyLibrary {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** One page of the library, with each proxy's outcome types. */
    @Allow(Caller.SIGNED_IN)
    public List<SroiProxy> page(ProxyFilter filter, ProxySort sort, boolean ascending, int first, int size) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<SroiProxy> query = cb.createQuery(SroiProxy.class);
        Root<SroiProxy> proxy = query.from(SroiProxy.class);
        query.where(restrictions(cb, query, proxy, filter));
        Expression<String> name = cb.lower(proxy.get("name"));
        ProxySort column = sort == null ? ProxySort.NAME : sort;
        Expression<?> order = column == ProxySort.NAME ? name : proxy.get(column.attribute());
        query.orderBy(ascending ? cb.asc(order) : cb.desc(order), cb.asc(name), cb.asc(proxy.get("id")));
        return em.createQuery(query)
                .setHint(Input.LOAD_GRAPH, em.getEntityGraph(SroiProxy.WITH_OUTCOMES))
                .setFirstResult(Paging.first(first))
                .setMaxResults(Paging.size(size))
                .getResultList();
    }

    @Allow(Caller.SIGNED_IN)
    public long count(ProxyFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<SroiProxy> proxy = query.from(SroiProxy.class);
        query.select(cb.count(proxy)).where(restrictions(cb, query, proxy, filter));
        return em.createQuery(query).getSingleResult();
    }

    /**
     * One proxy with its outcome types, retired or not: what an impact map copies (value, unit,
     * price year, source) when a proxy is chosen for an outcome.
     */
    @Allow(Caller.SIGNED_IN)
    public SroiProxy find(long id) {
        return Input.find(em, SroiProxy.class, id, SroiProxy.WITH_OUTCOMES);
    }

    /** A proxy to edit, or a blank one when {@code id} is null. */
    @Allow(Caller.ADVISOR)
    public ProxyForm form(Long id) {
        return id == null ? new ProxyForm() : ProxyForm.of(find(id));
    }

    /** Adds or changes a proxy; refused at its field when it does not fit, a conflict when stale. */
    @Allow(Caller.ADVISOR)
    public SroiProxy save(ProxyForm form) {
        ProxyRules.check(form);
        String name = form.getName().strip();
        boolean taken = em.createQuery("select p.id from SroiProxy p where lower(p.name) = lower(:name)", Long.class)
                .setParameter("name", name)
                .getResultStream()
                .anyMatch(id -> !id.equals(form.getId()));
        if (taken) {
            throw new ValidationFailure("proxy.name.taken", "name");
        }
        Account actor = em.getReference(Account.class, Tenancy.requireAccount());
        SroiProxy proxy;
        if (form.isNew()) {
            proxy = new SroiProxy(actor);
        } else {
            proxy = Input.find(em, SroiProxy.class, form.getId(), form.getVersion());
            // the changed time alone makes the row dirty, so a change of only the outcome types
            // still raises the version and conflicts with anyone who opened the older one
            proxy.touch(actor);
        }
        proxy.setName(name);
        proxy.setNameEn(Input.blankToNull(form.getNameEn()));
        proxy.setDescription(Input.blankToNull(form.getDescription()));
        proxy.setValue(form.getValue().setScale(2, RoundingMode.UNNECESSARY));
        proxy.setUnit(form.getUnit().strip());
        proxy.setUnitEn(Input.blankToNull(form.getUnitEn()));
        proxy.setPriceYear(form.getPriceYear());
        proxy.setSourceTitle(form.getSourceTitle().strip());
        proxy.setSourcePublisher(form.getSourcePublisher().strip());
        proxy.setSourceUrl(form.getSourceUrl().strip());
        proxy.setNotes(Input.blankToNull(form.getNotes()));
        proxy.setOutcomes(List.of(form.getOutcomes()));
        if (form.isNew()) {
            em.persist(proxy);
        }
        em.flush();
        record(proxy, actor, form.isNew() ? ProxyChange.Kind.CREATED : ProxyChange.Kind.EDITED);
        return proxy;
    }

    /** Takes a proxy out of the choices; maps that copied it keep what they copied. */
    @Allow(Caller.ADVISOR)
    public SroiProxy retire(long id, long version) {
        return setActive(id, version, false);
    }

    /** Makes a retired proxy a choice again. */
    @Allow(Caller.ADVISOR)
    public SroiProxy reactivate(long id, long version) {
        return setActive(id, version, true);
    }

    /** Who added, edited, retired and reactivated the proxy, newest first. */
    @Allow(Caller.ADVISOR)
    public List<ProxyChange> history(long id) {
        Input.find(em, SroiProxy.class, id);
        return em.createQuery(
                        "select c from ProxyChange c left join fetch c.actor where c.proxy.id = :id "
                                + "order by c.occurredAt desc, c.id desc",
                        ProxyChange.class)
                .setParameter("id", id)
                .getResultList();
    }

    private SroiProxy setActive(long id, long version, boolean active) {
        SroiProxy proxy = Input.find(em, SroiProxy.class, id, version);
        if (proxy.isActive() == active) {
            return proxy;
        }
        Account actor = em.getReference(Account.class, Tenancy.requireAccount());
        proxy.setActive(active);
        proxy.touch(actor);
        em.flush();
        record(proxy, actor, active ? ProxyChange.Kind.REACTIVATED : ProxyChange.Kind.RETIRED);
        return proxy;
    }

    private void record(SroiProxy proxy, Account actor, ProxyChange.Kind kind) {
        em.persist(new ProxyChange(proxy, actor, kind, summary(proxy)));
    }

    /** "Uur mantelzorg (schaduwprijs) · € 14,00 per uur · 2014": what the proxy said after the change. */
    static String summary(SroiProxy proxy) {
        NumberFormat euros = NumberFormat.getCurrencyInstance(DUTCH);
        euros.setCurrency(Currency.getInstance("EUR"));
        return proxy.getName() + " · " + euros.format(proxy.getValue()) + " " + proxy.getUnit() + " · "
                + proxy.getPriceYear();
    }

    private static Predicate[] restrictions(
            CriteriaBuilder cb, CriteriaQuery<?> query, Root<SroiProxy> proxy, ProxyFilter given) {
        ProxyFilter filter = given == null ? ProxyFilter.ACTIVE : given;
        List<Predicate> predicates = new ArrayList<>();
        if (!filter.withRetired()) {
            predicates.add(cb.equal(proxy.get("active"), true));
        }
        String text = Input.blankToNull(filter.text());
        if (text != null) {
            String like = Input.containing(text);
            predicates.add(cb.or(
                    cb.like(cb.lower(proxy.get("name")), like, Input.LIKE_ESCAPE),
                    cb.like(cb.lower(proxy.get("nameEn")), like, Input.LIKE_ESCAPE),
                    cb.like(cb.lower(proxy.get("description")), like, Input.LIKE_ESCAPE),
                    cb.like(cb.lower(proxy.get("unit")), like, Input.LIKE_ESCAPE),
                    cb.like(cb.lower(proxy.get("sourceTitle")), like, Input.LIKE_ESCAPE),
                    cb.like(cb.lower(proxy.get("sourcePublisher")), like, Input.LIKE_ESCAPE)));
        }
        if (filter.outcome() != null) {
            Subquery<Long> suited = query.subquery(Long.class);
            Root<SroiProxy> other = suited.from(SroiProxy.class);
            Join<SroiProxy, String> outcome = other.join("outcomeNames");
            suited.select(other.get("id"))
                    .where(cb.equal(outcome, filter.outcome().name()));
            predicates.add(proxy.get("id").in(suited));
        }
        return predicates.toArray(Predicate[]::new);
    }
}
