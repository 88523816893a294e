package nl.cmostamm.portal.stakeholder;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.shared.Paging;
import nl.cmostamm.portal.shared.ValidationFailure;

/**
 * The current initiative's stakeholder register and involvement log. Every board member keeps
 * them; every change is audited.
 */
@Stateless
@Guarded
public class StakeholderService {

    static final String GROUP = "stakeholderGroup";
    static final String SESSION = "involvementSession";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditLog audit;

    @Allow(Caller.BOARD)
    public List<StakeholderGroup> groups() {
        return em.createNamedQuery(StakeholderGroup.ALL, StakeholderGroup.class).getResultList();
    }

    @Allow(Caller.BOARD)
    public StakeholderGroup group(long id) {
        return Input.find(em, StakeholderGroup.class, id);
    }

    /** Saves a new or edited stakeholder group; names are unique within the initiative. */
    @Allow(Caller.BOARD)
    public StakeholderGroup save(StakeholderGroupForm form) {
        String name = Input.blankToNull(form.getName());
        if (name == null) {
            throw new ValidationFailure("stakeholder.name.required", "name");
        }
        Input.maxLength(name, 120, "name");
        Input.maxLength(form.getDescription(), 2000, "description");
        Input.maxLength(form.getContactPerson(), 120, "contactPerson");
        if (form.getEstimatedSize() != null && (form.getEstimatedSize() < 0 || form.getEstimatedSize() > 10_000_000)) {
            throw new ValidationFailure("stakeholder.size.invalid", "estimatedSize");
        }
        if (form.getInvolvement() == null) {
            throw new ValidationFailure("stakeholder.involvement.required", "involvement");
        }
        boolean taken = em.createQuery(
                        "select g.id from StakeholderGroup g where lower(g.name) = lower(:name)", Long.class)
                .setParameter("name", name)
                .getResultStream()
                .anyMatch(id -> !id.equals(form.getId()));
        if (taken) {
            throw new ValidationFailure("stakeholder.name.taken", "name");
        }
        boolean created = form.isNew();
        StakeholderGroup group = created
                ? new StakeholderGroup()
                : Input.find(em, StakeholderGroup.class, form.getId(), form.getVersion());
        group.setName(name);
        group.setDescription(Input.blankToNull(form.getDescription()));
        group.setEstimatedSize(form.getEstimatedSize());
        group.setInvolvement(form.getInvolvement());
        group.setContactPerson(Input.blankToNull(form.getContactPerson()));
        if (created) {
            em.persist(group);
        }
        em.flush();
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, GROUP, group.getId(), group.getName());
        return group;
    }

    /** Deletes a group that took part in no logged session. */
    @Allow(Caller.BOARD)
    public void deleteGroup(long id, long version) {
        StakeholderGroup group = Input.find(em, StakeholderGroup.class, id, version);
        long used = em.createQuery("select count(p) from Participation p where p.group.id = :id", Long.class)
                .setParameter("id", id)
                .getSingleResult();
        if (used > 0) {
            throw new ValidationFailure("stakeholder.inUse", null);
        }
        audit.record(AuditAction.DELETE, GROUP, id, group.getName());
        em.remove(group);
    }

    /** A page of the involvement log, newest first; the participations and groups come in one query each. */
    @Allow(Caller.BOARD)
    public List<InvolvementSession> sessions(int first, int size) {
        return em.createQuery(
                        "select s from InvolvementSession s order by s.heldOn desc, s.id desc",
                        InvolvementSession.class)
                .setFirstResult(Paging.first(first))
                .setMaxResults(Paging.size(size))
                .setHint(Input.LOAD_GRAPH, em.getEntityGraph(InvolvementSession.WITH_PARTICIPATIONS))
                .getResultList();
    }

    @Allow(Caller.BOARD)
    public long countSessions() {
        return em.createQuery("select count(s) from InvolvementSession s", Long.class)
                .getSingleResult();
    }

    @Allow(Caller.BOARD)
    public InvolvementSession session(long id) {
        return Input.find(em, InvolvementSession.class, id, InvolvementSession.WITH_PARTICIPATIONS);
    }

    /**
     * Logs a new session or saves an edited one, with how many of each group took part.
     */
    @Allow(Caller.BOARD)
    public InvolvementSession saveSession(InvolvementSessionForm form) {
        if (form.getHeldOn() == null) {
            throw new ValidationFailure("involvement.date.required", "heldOn");
        }
        if (form.getHeldOn().isAfter(LocalDate.now().plusYears(1))) {
            throw new ValidationFailure("involvement.date.far", "heldOn");
        }
        if (form.getMethod() == null) {
            throw new ValidationFailure("involvement.method.required", "method");
        }
        String title = Input.blankToNull(form.getTitle());
        if (title == null) {
            throw new ValidationFailure("involvement.title.required", "title");
        }
        Input.maxLength(title, 200, "title");
        Input.maxLength(form.getOutcome(), 4000, "outcome");
        Map<Long, Integer> counts = new HashMap<>();
        form.getParticipants().forEach((groupId, count) -> {
            if (count != null && (count < 0 || count > 100_000)) {
                throw new ValidationFailure("involvement.participants.invalid", null);
            }
            if (count != null && count > 0) {
                counts.put(groupId, count);
            }
        });
        boolean created = form.isNew();
        InvolvementSession session = created
                ? new InvolvementSession()
                : Input.find(em, InvolvementSession.class, form.getId(), form.getVersion());
        session.setHeldOn(form.getHeldOn());
        session.setMethod(form.getMethod());
        session.setTitle(title);
        session.setOutcome(Input.blankToNull(form.getOutcome()));
        session.getParticipations()
                .removeIf(p -> !counts.containsKey(p.getGroup().getId()));
        counts.forEach((groupId, count) -> session.getParticipations().stream()
                .filter(p -> p.getGroup().getId().equals(groupId))
                .findFirst()
                .ifPresentOrElse(
                        p -> p.setParticipants(count),
                        () -> session.getParticipations()
                                .add(new Participation(
                                        session, Input.find(em, StakeholderGroup.class, groupId), count))));
        if (created) {
            em.persist(session);
        } else {
            // a change of the counts alone is a change of the session: the next stale save conflicts
            em.lock(session, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        em.flush();
        audit.record(
                created ? AuditAction.CREATE : AuditAction.UPDATE,
                SESSION,
                session.getId(),
                session.getHeldOn().format(Input.DUTCH_DATE) + " " + session.getTitle());
        return session;
    }

    @Allow(Caller.BOARD)
    public void deleteSession(long id, long version) {
        InvolvementSession session = Input.find(em, InvolvementSession.class, id, version);
        audit.record(
                AuditAction.DELETE,
                SESSION,
                id,
                session.getHeldOn().format(Input.DUTCH_DATE) + " " + session.getTitle());
        em.remove(session);
    }
}
