package nl.cmostamm.portal.method.toc;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.goal.Direction;
import nl.cmostamm.portal.goal.Frequency;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.goal.IndicatorForm;
import nl.cmostamm.portal.goal.IndicatorKind;
import nl.cmostamm.portal.goal.Light;
import nl.cmostamm.portal.method.toc.Chain.Element;
import nl.cmostamm.portal.method.toc.Chain.IndicatorEvidence;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.story.Story;
import nl.cmostamm.portal.survey.Survey;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * The entered initiative's Theory of Change: the step plan, the elements and links of the chain,
 * what evidence each element is tied to, comments, and frozen versions. Every board member and the
 * initiative's advisors work on it together; every change is versioned (two people saving the same
 * element conflict) and audited.
 */
@Stateless
@Guarded
public class TheoryOfChangeService {

    static final String ELEMENT = "toc-element";
    static final String LINK = "toc-link";
    static final String COMMENT = "toc-comment";
    static final String VERSION = "toc-version";

    private static final Comparator<TocElement> CHAIN_ORDER = Comparator.comparing(TocElement::getLevel)
            .thenComparingInt(TocElement::getPosition)
            .thenComparing(TocElement::getId);

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditLog audit;

    @EJB
    GoalService goals;

    /**
     * The chain with its evidence: each element's indicators with their latest value and light,
     * its stories that may be used in reports, and its surveys. Six queries, whatever its size.
     */
    @Allow(Caller.BOARD)
    public Chain chain() {
        List<TocElement> elements = em.createNamedQuery(TocElement.ALL, TocElement.class).getResultList().stream()
                .sorted(CHAIN_ORDER)
                .toList();
        List<Chain.Link> links = em.createQuery(
                        "select new nl.cmostamm.portal.method.toc.Chain.Link("
                                + "l.id, l.from.id, l.to.id, l.assumption, l.confidence, l.evidence) "
                                + "from TocLink l order by l.id",
                        Chain.Link.class)
                .getResultList();
        Map<Long, List<IndicatorEvidence>> indicators = indicatorEvidence();
        Map<Long, Integer> stories = em.createQuery(
                        "select e.id, count(s) from TocElement e join e.stories s join s.consent c "
                                + "where c.reports = true and c.withdrawnOn is null group by e.id",
                        Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).intValue()));
        Map<Long, List<String>> surveys = em.createQuery(
                        "select e.id, s.name from TocElement e join e.surveys s order by s.name", Object[].class)
                .getResultStream()
                .collect(Collectors.groupingBy(
                        r -> (Long) r[0], Collectors.mapping(r -> (String) r[1], Collectors.toList())));
        return new Chain(
                elements.stream()
                        .map(e -> new Element(
                                e.getId(),
                                e.getLevel(),
                                e.getTitle(),
                                e.getDescription(),
                                indicators.getOrDefault(e.getId(), List.of()),
                                stories.getOrDefault(e.getId(), 0),
                                surveys.getOrDefault(e.getId(), List.of())))
                        .toList(),
                links);
    }

    private Map<Long, List<IndicatorEvidence>> indicatorEvidence() {
        List<Object[]> tied = em.createQuery(
                        "select e.id, i.id, i.name, i.target, i.unit, i.direction, i.baseline "
                                + "from TocElement e join e.indicators i order by i.position, i.name",
                        Object[].class)
                .getResultList();
        if (tied.isEmpty()) {
            return Map.of();
        }
        List<Long> indicatorIds = tied.stream().map(r -> (Long) r[1]).distinct().toList();
        Map<Long, BigDecimal> latest = new HashMap<>();
        em.createQuery(
                        "select m.indicator.id, m.value from Measurement m where m.indicator.id in :ids "
                                + "and m.periodStart = (select max(n.periodStart) from Measurement n "
                                + "where n.indicator = m.indicator)",
                        Object[].class)
                .setParameter("ids", indicatorIds)
                .getResultStream()
                .forEach(r -> latest.put((Long) r[0], (BigDecimal) r[1]));
        Map<Long, List<IndicatorEvidence>> result = new HashMap<>();
        for (Object[] r : tied) {
            Long indicatorId = (Long) r[1];
            BigDecimal target = (BigDecimal) r[3];
            BigDecimal value = latest.get(indicatorId);
            result.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new IndicatorEvidence(
                            indicatorId,
                            (String) r[2],
                            value,
                            target,
                            (String) r[4],
                            Light.of((Direction) r[5], (BigDecimal) r[6], target, value)));
        }
        return result;
    }

    /** The elements of one level, in their order, for a step of the plan. */
    @Allow(Caller.BOARD)
    public List<TocElement> elementsAt(Level level) {
        return em.createQuery(
                        "select e from TocElement e where e.level = :level order by e.position, e.id", TocElement.class)
                .setParameter("level", level)
                .setHint(Input.LOAD_GRAPH, em.getEntityGraph(TocElement.WITH_EVIDENCE))
                .getResultList();
    }

    /** One element with what it is tied to. */
    @Allow(Caller.BOARD)
    public TocElement element(long id) {
        return Input.find(em, TocElement.class, id, TocElement.WITH_EVIDENCE);
    }

    /** An element to edit, or a blank one of {@code level} when {@code id} is null. */
    @Allow(Caller.BOARD)
    public ElementForm elementForm(Long id, Level level) {
        return id == null ? new ElementForm(level) : ElementForm.of(element(id));
    }

    @Allow(Caller.BOARD)
    public TocElement saveElement(ElementForm form) {
        if (form.getLevel() == null) {
            throw new ValidationFailure("toc.element.level.required", "level");
        }
        required(form.getTitle(), 200, "toc.element.title", "title");
        Input.maxLength(form.getDescription(), 4000, "description");
        TocElement element;
        if (form.isNew()) {
            element = new TocElement();
            element.setPosition(em.createQuery("select count(e) from TocElement e where e.level = :level", Long.class)
                    .setParameter("level", form.getLevel())
                    .getSingleResult()
                    .intValue());
        } else {
            element = Input.find(em, TocElement.class, form.getId(), form.getVersion());
            // the evidence lives in other tables; bump the version so a change of only that conflicts too
            em.lock(element, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        element.setLevel(form.getLevel());
        element.setTitle(form.getTitle().strip());
        element.setDescription(Input.blankToNull(form.getDescription()));
        element.setIndicators(
                form.getLevel().measurable() ? known(Indicator.class, form.getIndicatorIds()) : new ArrayList<>());
        element.setStories(known(Story.class, form.getStoryIds()));
        element.setSurveys(known(Survey.class, form.getSurveyIds()));
        if (form.isNew()) {
            em.persist(element);
        }
        em.flush();
        audit.record(
                form.isNew() ? AuditAction.CREATE : AuditAction.UPDATE, ELEMENT, element.getId(), element.getTitle());
        return element;
    }

    /** Removes an element with its links and comments; the indicators, stories and surveys stay. */
    @Allow(Caller.BOARD)
    public void deleteElement(long id, long version) {
        TocElement element = Input.find(em, TocElement.class, id, version);
        audit.record(AuditAction.DELETE, ELEMENT, id, element.getTitle());
        em.createQuery("delete from TocComment c where c.element = :e")
                .setParameter("e", element)
                .executeUpdate();
        em.createQuery("delete from TocLink l where l.from = :e or l.to = :e")
                .setParameter("e", element)
                .executeUpdate();
        em.remove(element);
    }

    /**
     * A new indicator in the goals module for a measurable element (steps 8 to 10): what information
     * shows it and how it is collected; the element is tied to it at once. The goal it belongs to is
     * one of the initiative's goals.
     */
    @Allow(Caller.BOARD)
    public Indicator newIndicator(long elementId, long elementVersion, NewIndicator wanted) {
        TocElement element = Input.find(em, TocElement.class, elementId, elementVersion);
        if (!element.getLevel().measurable()) {
            throw new ValidationFailure("toc.indicator.notMeasurable", null);
        }
        if (wanted.goalId() == null) {
            throw new ValidationFailure("toc.indicator.goal.required", "goal");
        }
        IndicatorForm form = new IndicatorForm();
        form.setName(wanted.name());
        form.setKind(IndicatorKind.valueOf(element.getLevel().name()));
        form.setInformationNeeded(wanted.informationNeeded());
        form.setCollectionMethod(wanted.collectionMethod());
        form.setSource(wanted.source());
        if (wanted.frequency() != null) {
            form.setFrequency(wanted.frequency());
        }
        Indicator indicator = goals.saveIndicator(wanted.goalId(), form);
        em.lock(element, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        element.getIndicators().add(indicator);
        em.flush();
        audit.record(AuditAction.UPDATE, ELEMENT, element.getId(), element.getTitle());
        return indicator;
    }

    /** Ties an existing indicator to a measurable element (steps 8 to 10 of the plan). */
    @Allow(Caller.BOARD)
    public void tie(long elementId, long elementVersion, long indicatorId) {
        TocElement element = Input.find(em, TocElement.class, elementId, elementVersion);
        if (!element.getLevel().measurable()) {
            throw new ValidationFailure("toc.indicator.notMeasurable", null);
        }
        Indicator indicator = known(Indicator.class, List.of(indicatorId)).get(0);
        if (element.getIndicators().contains(indicator)) {
            return;
        }
        em.lock(element, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        element.getIndicators().add(indicator);
        em.flush();
        audit.record(AuditAction.UPDATE, ELEMENT, element.getId(), element.getTitle());
    }

    /** What a board member fills in to make a new indicator from a step of the plan. */
    public record NewIndicator(
            Long goalId,
            String name,
            String informationNeeded,
            String collectionMethod,
            String source,
            Frequency frequency)
            implements java.io.Serializable {}

    /**
     * The stories an element can be tagged with: those whose consent allows internal learning, the
     * same the stories list shows (titles only).
     */
    @Allow(Caller.BOARD)
    public List<Story> storyChoices() {
        return em.createQuery(
                        "select s from Story s join s.consent c where c.internalLearning = true "
                                + "and c.withdrawnOn is null order by s.toldOn desc, s.id desc",
                        Story.class)
                .getResultList();
    }

    /** The surveys an element can be tied to. */
    @Allow(Caller.BOARD)
    public List<Survey> surveyChoices() {
        return em.createQuery("select s from Survey s order by s.name", Survey.class)
                .getResultList();
    }

    /** The links from or to one element, with their ends, in the order they were made. */
    @Allow(Caller.BOARD)
    public List<TocLink> linksOf(long elementId) {
        return em.createQuery(
                        "select l from TocLink l join fetch l.from f join fetch l.to t "
                                + "where f.id = :e or t.id = :e order by l.id",
                        TocLink.class)
                .setParameter("e", elementId)
                .getResultList();
    }

    /** A link to edit, or a blank one when {@code id} is null. */
    @Allow(Caller.BOARD)
    public LinkForm linkForm(Long id) {
        return id == null ? new LinkForm() : LinkForm.of(Input.find(em, TocLink.class, id));
    }

    @Allow(Caller.BOARD)
    public TocLink saveLink(LinkForm form) {
        if (form.getFromId() == null) {
            throw new ValidationFailure("toc.link.from.required", "from");
        }
        if (form.getToId() == null) {
            throw new ValidationFailure("toc.link.to.required", "to");
        }
        if (form.getFromId().equals(form.getToId())) {
            throw new ValidationFailure("toc.link.self", "to");
        }
        Input.maxLength(form.getAssumption(), 2000, "assumption");
        Input.maxLength(form.getEvidence(), 2000, "evidence");
        TocElement from = knownOne(form.getFromId(), "from");
        TocElement to = knownOne(form.getToId(), "to");
        boolean taken = em.createQuery("select l.id from TocLink l where l.from = :from and l.to = :to", Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .anyMatch(id -> !id.equals(form.getId()));
        if (taken) {
            throw new ValidationFailure("toc.link.exists", "to");
        }
        TocLink link = form.isNew() ? new TocLink() : Input.find(em, TocLink.class, form.getId(), form.getVersion());
        link.setFrom(from);
        link.setTo(to);
        link.setAssumption(Input.blankToNull(form.getAssumption()));
        link.setConfidence(form.getConfidence());
        link.setEvidence(Input.blankToNull(form.getEvidence()));
        if (form.isNew()) {
            em.persist(link);
        }
        em.flush();
        audit.record(
                form.isNew() ? AuditAction.CREATE : AuditAction.UPDATE,
                LINK,
                link.getId(),
                from.getTitle() + " → " + to.getTitle());
        return link;
    }

    @Allow(Caller.BOARD)
    public void deleteLink(long id, long version) {
        TocLink link = Input.find(em, TocLink.class, id, version);
        audit.record(
                AuditAction.DELETE,
                LINK,
                id,
                link.getFrom().getTitle() + " → " + link.getTo().getTitle());
        em.remove(link);
    }

    /** Where the board is in the step plan: the step it last reached, and whether it walked all ten. */
    public record PlanState(int step, boolean completed) implements java.io.Serializable {}

    /** The step plan's state: step 1 and not completed when nobody has started it. */
    @Allow(Caller.BOARD)
    public PlanState plan() {
        return plan(em).map(p -> new PlanState(p.getStep(), p.isCompleted())).orElse(new PlanState(1, false));
    }

    /** Records that the board is at {@code step} (1 to 10); after the last step, the plan is completed. */
    @Allow(Caller.BOARD)
    public void reach(int step, boolean completed) {
        if (step < 1 || step > TocPlan.LAST_STEP) {
            throw new ValidationFailure("toc.step.invalid", null);
        }
        TocPlan plan = plan(em).orElseGet(() -> {
            TocPlan fresh = new TocPlan();
            em.persist(fresh);
            return fresh;
        });
        plan.reached(step, em.getReference(Account.class, Tenancy.requireAccount()));
        if (completed) {
            plan.setCompleted(true);
        }
    }

    private static java.util.Optional<TocPlan> plan(EntityManager em) {
        return em.createQuery("select p from TocPlan p", TocPlan.class)
                .getResultStream()
                .findFirst();
    }

    /** The comments on an element, oldest first, with their authors. */
    @Allow(Caller.BOARD)
    public List<TocComment> comments(long elementId) {
        Input.find(em, TocElement.class, elementId);
        return em.createQuery(
                        "select c from TocComment c left join fetch c.author where c.element.id = :e "
                                + "order by c.createdAt, c.id",
                        TocComment.class)
                .setParameter("e", elementId)
                .getResultList();
    }

    @Allow(Caller.BOARD)
    public TocComment comment(long elementId, String body) {
        required(body, 2000, "toc.comment.body", "body");
        TocElement element = Input.find(em, TocElement.class, elementId);
        TocComment comment =
                new TocComment(element, em.getReference(Account.class, Tenancy.requireAccount()), body.strip());
        em.persist(comment);
        em.flush();
        audit.record(AuditAction.CREATE, COMMENT, comment.getId(), element.getTitle());
        return comment;
    }

    /**
     * Freezes the chain as it stands, with its evidence, under a label such as "Jaarverslag 2026".
     * A frozen version cannot be changed: the database refuses.
     */
    @Allow(Caller.BOARD)
    public TocVersion freeze(String label) {
        return freeze(label, Instant.now());
    }

    /**
     * Freezes the chain as if on an earlier day: for the demo data set, whose versions are older
     * than the day it is loaded. Not for people, who freeze today.
     */
    @Allow(Caller.SERVICE)
    public TocVersion freeze(String label, Instant at) {
        required(label, 120, "toc.version.label", "label");
        Chain chain = chain();
        if (chain.elements().isEmpty()) {
            throw new ValidationFailure("toc.version.empty", null);
        }
        int number = em.createQuery("select coalesce(max(v.number), 0) from TocVersion v", Integer.class)
                        .getSingleResult()
                + 1;
        TocVersion version = new TocVersion(
                number,
                label.strip(),
                em.getReference(Account.class, Tenancy.requireAccount()),
                at,
                ChainJson.write(chain));
        em.persist(version);
        em.flush();
        audit.record(AuditAction.CREATE, VERSION, version.getId(), version.getLabel());
        return version;
    }

    /** The frozen versions, newest first, with who froze them. */
    @Allow(Caller.BOARD)
    public List<TocVersion> versions() {
        return em.createQuery(
                        "select v from TocVersion v left join fetch v.frozenBy order by v.number desc",
                        TocVersion.class)
                .getResultList();
    }

    /** One frozen version's header. */
    @Allow(Caller.BOARD)
    public TocVersion version(long id) {
        return Input.find(em, TocVersion.class, id);
    }

    /** One frozen version's chain, as it stood. */
    @Allow(Caller.BOARD)
    public Chain frozenChain(long versionId) {
        return ChainJson.read(Input.find(em, TocVersion.class, versionId).getChainJson());
    }

    /** What changed from the older version to the newer one; a null newer one is the current chain. */
    @Allow(Caller.BOARD)
    public ChainDiff compare(long olderId, Long newerId) {
        Chain older = frozenChain(olderId);
        Chain newer = newerId == null ? chain() : frozenChain(newerId);
        return ChainDiff.between(older, newer);
    }

    private static void required(String value, int max, String key, String field) {
        if (value == null || value.isBlank()) {
            throw new ValidationFailure(key + ".required", field);
        }
        if (value.strip().length() > max) {
            throw new ValidationFailure(key + ".tooLong", field);
        }
    }

    private TocElement knownOne(long id, String field) {
        TocElement element = em.find(TocElement.class, id);
        if (element == null) {
            throw new ValidationFailure("toc.link.element.unknown", field);
        }
        return element;
    }

    private <T> List<T> known(Class<T> type, List<Long> ids) {
        List<T> result = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids == null ? List.<Long>of() : ids)) {
            T found = id == null ? null : em.find(type, id);
            if (found == null) {
                throw new NotFoundException(type.getSimpleName());
            }
            result.add(found);
        }
        return result;
    }
}
