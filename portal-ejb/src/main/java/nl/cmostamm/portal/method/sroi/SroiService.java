package nl.cmostamm.portal.method.sroi;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditEntry;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.method.sroi.ImpactMap.OutputFigure;
import nl.cmostamm.portal.method.sroi.calculation.Scenario;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.security.Admission;
import nl.cmostamm.portal.security.Standing;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.Paging;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.stakeholder.StakeholderGroup;
import nl.cmostamm.portal.survey.Question;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * The entered initiative's SROI analyses: their impact maps (stakeholders, inputs, outputs,
 * outcomes), scenarios, review and copies. The board and the initiative's advisors edit drafts
 * together; every part is versioned, so two people saving the same outcome conflict, and every change
 * of an assumption is audited with its old and new value. Only an advisor of the initiative makes an
 * analysis final; after that the service and the database refuse every change.
 */
@Stateless
@Guarded
public class SroiService {

    private static final Map<AnalysisStatus, String> STATUS = Map.of(
            AnalysisStatus.DRAFT,
            "concept",
            AnalysisStatus.IN_REVIEW,
            "ter beoordeling",
            AnalysisStatus.FINAL,
            "definitief");

    /** The audit subject of every change to an analysis or one of its parts. */
    public static final String ANALYSIS = "sroi-analysis";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditLog audit;

    @EJB
    Admission admission;

    // ---------------------------------------------------------------- analyses

    /** All analyses, newest period first. */
    @Allow(Caller.BOARD)
    public List<SroiAnalysis> analyses() {
        return em.createNamedQuery(SroiAnalysis.ALL, SroiAnalysis.class).getResultList();
    }

    /**
     * Every analysis with its map, for the list's ratios: five queries whatever the number of
     * analyses, grouped here.
     */
    @Allow(Caller.BOARD)
    public List<ImpactMap> maps() {
        List<SroiAnalysis> analyses = analyses();
        Map<Long, List<SroiStakeholder>> stakeholders = new HashMap<>();
        em.createQuery(
                        "select s from SroiStakeholder s join fetch s.group order by s.position, s.id",
                        SroiStakeholder.class)
                .getResultStream()
                .forEach(s -> stakeholders
                        .computeIfAbsent(s.getAnalysis().getId(), k -> new ArrayList<>())
                        .add(s));
        Map<Long, List<SroiInput>> inputs = new HashMap<>();
        em.createQuery(
                        "select i from SroiInput i join fetch i.stakeholder s join fetch s.group "
                                + "order by i.position, i.id",
                        SroiInput.class)
                .getResultStream()
                .forEach(i -> inputs.computeIfAbsent(i.getAnalysis().getId(), k -> new ArrayList<>())
                        .add(i));
        Map<Long, List<SroiOutcome>> outcomes = new HashMap<>();
        em.createQuery(
                        "select o from SroiOutcome o join fetch o.stakeholder s join fetch s.group "
                                + "order by o.position, o.id",
                        SroiOutcome.class)
                .getResultStream()
                .forEach(o -> outcomes.computeIfAbsent(o.getAnalysis().getId(), k -> new ArrayList<>())
                        .add(o));
        return analyses.stream()
                .map(a -> new ImpactMap(
                        a,
                        stakeholders.getOrDefault(a.getId(), List.of()),
                        inputs.getOrDefault(a.getId(), List.of()),
                        List.of(),
                        outcomes.getOrDefault(a.getId(), List.of()),
                        List.of()))
                .toList();
    }

    /**
     * The ratio of the analysis made final last, with its range and date, for a document another
     * service makes (the fact sheet, also for a visitor of its public link); empty when no analysis
     * is final or the final one cannot be calculated.
     */
    @Allow(Caller.SERVICE)
    public Optional<FinalRatio> latestFinalRatio() {
        return em.createQuery(
                        "select a.id from SroiAnalysis a where a.status = :final order by a.finalisedAt desc, a.id desc",
                        Long.class)
                .setParameter("final", AnalysisStatus.FINAL)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(this::map)
                .flatMap(map -> {
                    var sensitivity = map.sensitivity();
                    if (sensitivity == null) {
                        return Optional.empty();
                    }
                    SroiAnalysis analysis = map.analysis();
                    LocalDate finalisedOn = analysis.getFinalisedAt() == null
                            ? analysis.getPeriodEnd()
                            : LocalDate.ofInstant(analysis.getFinalisedAt(), ZoneId.of("Europe/Amsterdam"));
                    return Optional.of(new FinalRatio(
                            analysis.getTitle(),
                            sensitivity.ratio(),
                            sensitivity.lowestRatio(),
                            sensitivity.highestRatio(),
                            finalisedOn));
                });
    }

    @Allow(Caller.BOARD)
    public SroiAnalysis analysis(long id) {
        return Input.find(em, SroiAnalysis.class, id);
    }

    /** One analysis with all its parts and its outputs' figures in its period. Eight queries. */
    @Allow(Caller.BOARD)
    public ImpactMap map(long analysisId) {
        // what the page shows of it is fetched here: a lazy read after the transaction has no tenant
        SroiAnalysis analysis = em.createQuery(
                        "select a from SroiAnalysis a left join fetch a.basedOn left join fetch a.finalisedBy "
                                + "where a.id = :id",
                        SroiAnalysis.class)
                .setParameter("id", analysisId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("SroiAnalysis"));
        List<SroiStakeholder> stakeholders = em.createQuery(
                        "select s from SroiStakeholder s join fetch s.group where s.analysis = :a "
                                + "order by s.position, s.id",
                        SroiStakeholder.class)
                .setParameter("a", analysis)
                .getResultList();
        List<SroiInput> inputs = em.createQuery(
                        "select i from SroiInput i join fetch i.stakeholder s join fetch s.group "
                                + "where i.analysis = :a order by i.position, i.id",
                        SroiInput.class)
                .setParameter("a", analysis)
                .getResultList();
        List<SroiOutcome> outcomes = em.createQuery(
                        "select o from SroiOutcome o join fetch o.stakeholder s join fetch s.group "
                                + "left join fetch o.indicator left join fetch o.question "
                                + "left join fetch o.forecastOutcome where o.analysis = :a order by o.position, o.id",
                        SroiOutcome.class)
                .setParameter("a", analysis)
                .getResultList();
        List<SroiScenario> scenarios = em.createQuery(
                        "select s from SroiScenario s where s.analysis = :a order by s.position, s.id",
                        SroiScenario.class)
                .setParameter("a", analysis)
                .getResultList();
        return new ImpactMap(analysis, stakeholders, inputs, outputs(analysis), outcomes, scenarios);
    }

    private List<OutputFigure> outputs(SroiAnalysis analysis) {
        return figures(
                analysis,
                em.createQuery(
                                "select i.id, i.name, i.unit from SroiOutput o join o.indicator i where o.analysis = :a "
                                        + "order by i.position, i.name",
                                Object[].class)
                        .setParameter("a", analysis)
                        .getResultList());
    }

    /**
     * What one indicator measured in the analysis' period, so an outcome shown by it takes its
     * quantity from there instead of having it typed twice.
     */
    @Allow(Caller.BOARD)
    public OutputFigure indicatorInPeriod(long analysisId, long indicatorId) {
        SroiAnalysis analysis = analysis(analysisId);
        List<Object[]> indicator = em.createQuery(
                        "select i.id, i.name, i.unit from Indicator i where i.id = :id", Object[].class)
                .setParameter("id", indicatorId)
                .getResultList();
        if (indicator.isEmpty()) {
            throw new NotFoundException("Indicator");
        }
        return figures(analysis, indicator).get(0);
    }

    /** Sum, latest and count of the measurements in the period of the indicators given as (id, name, unit). */
    private List<OutputFigure> figures(SroiAnalysis analysis, List<Object[]> indicators) {
        if (indicators.isEmpty()) {
            return List.of();
        }
        List<Long> ids = indicators.stream().map(r -> (Long) r[0]).toList();
        Map<Long, Object[]> totals = new HashMap<>();
        em.createQuery(
                        "select m.indicator.id, sum(m.value), count(m) from Measurement m where m.indicator.id in :ids "
                                + "and m.periodStart >= :start and m.periodStart <= :end group by m.indicator.id",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("start", analysis.getPeriodStart())
                .setParameter("end", analysis.getPeriodEnd())
                .getResultStream()
                .forEach(r -> totals.put((Long) r[0], r));
        Map<Long, BigDecimal> latest = new HashMap<>();
        em.createQuery(
                        "select m.indicator.id, m.value from Measurement m where m.indicator.id in :ids "
                                + "and m.periodStart = (select max(n.periodStart) from Measurement n "
                                + "where n.indicator = m.indicator and n.periodStart >= :start and n.periodStart <= :end)",
                        Object[].class)
                .setParameter("ids", ids)
                .setParameter("start", analysis.getPeriodStart())
                .setParameter("end", analysis.getPeriodEnd())
                .getResultStream()
                .forEach(r -> latest.put((Long) r[0], (BigDecimal) r[1]));
        return indicators.stream()
                .map(r -> {
                    Object[] total = totals.get((Long) r[0]);
                    return new OutputFigure(
                            (Long) r[0],
                            (String) r[1],
                            (String) r[2],
                            total == null ? null : (BigDecimal) total[1],
                            latest.get((Long) r[0]),
                            total == null ? 0 : ((Number) total[2]).longValue());
                })
                .toList();
    }

    /**
     * Who changed what in one analysis, newest first: every board member may see who changed which
     * assumption of a map they work on (the rest of the audit log is for board admins).
     */
    @Allow(Caller.BOARD)
    public List<AuditEntry> history(long analysisId, int max) {
        analysis(analysisId);
        return em.createQuery(
                        "select e from AuditEntry e left join fetch e.actor where e.subjectType = :type "
                                + "and e.subjectId = :id order by e.occurredAt desc, e.id desc",
                        AuditEntry.class)
                .setParameter("type", ANALYSIS)
                .setParameter("id", analysisId)
                .setMaxResults(Paging.size(max))
                .getResultList();
    }

    /** An analysis to edit, or a blank forecast for the current year when {@code id} is null. */
    @Allow(Caller.BOARD)
    public AnalysisForm analysisForm(Long id) {
        if (id == null) {
            return new AnalysisForm();
        }
        SroiAnalysis analysis = analysis(id);
        List<Long> groups = em.createQuery(
                        "select s.group.id from SroiStakeholder s where s.analysis = :a order by s.position, s.id",
                        Long.class)
                .setParameter("a", analysis)
                .getResultList();
        List<Long> indicators = em.createQuery(
                        "select o.indicator.id from SroiOutput o where o.analysis = :a order by o.id", Long.class)
                .setParameter("a", analysis)
                .getResultList();
        return AnalysisForm.of(analysis, groups, indicators);
    }

    @Allow(Caller.BOARD)
    public SroiAnalysis saveAnalysis(AnalysisForm form) {
        required(form.getTitle(), 200, "sroi.analysis.title", "title");
        if (form.getKind() == null) {
            throw new ValidationFailure("sroi.analysis.kind.required", "kind");
        }
        if (form.getPeriodStart() == null) {
            throw new ValidationFailure("sroi.analysis.periodStart.required", "periodStart");
        }
        if (form.getPeriodEnd() == null) {
            throw new ValidationFailure("sroi.analysis.periodEnd.required", "periodEnd");
        }
        if (form.getPeriodEnd().isBefore(form.getPeriodStart())) {
            throw new ValidationFailure("sroi.analysis.period.order", "periodEnd");
        }
        Input.maxLength(form.getScope(), 4000, "scope");
        BigDecimal rate = Percent.fraction(form.getDiscountRatePercent(), 0, 100, 4, "sroi.rate", "discountRate");
        BigDecimal proxyVariation =
                Percent.fraction(form.getProxyVariationPercent(), 0, 100, 2, "sroi.percent", "proxyVariation");
        BigDecimal deadweightPoints =
                Percent.fraction(form.getDeadweightPoints(), 0, 100, 2, "sroi.percent", "deadweightPoints");
        BigDecimal attributionPoints =
                Percent.fraction(form.getAttributionPoints(), 0, 100, 2, "sroi.percent", "attributionPoints");
        List<StakeholderGroup> groups = known(StakeholderGroup.class, form.getStakeholderGroupIds());
        List<Indicator> indicators = known(Indicator.class, form.getOutputIndicatorIds());
        SroiAnalysis analysis;
        if (form.isNew()) {
            analysis = new SroiAnalysis();
            analysis.setCreatedBy(em.getReference(Account.class, Tenancy.requireAccount()));
        } else {
            analysis = editable(form.getId(), form.getVersion());
            em.lock(analysis, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        String changes = form.isNew()
                ? null
                : changes()
                        .percent("disconteringsvoet", analysis.getDiscountRate(), rate)
                        .of("jaar 1 verdisconteerd", analysis.isDiscountFirstYear(), form.isDiscountFirstYear())
                        .of(
                                "periode",
                                analysis.getPeriodStart() + "/" + analysis.getPeriodEnd(),
                                form.getPeriodStart() + "/" + form.getPeriodEnd())
                        .toString();
        analysis.setTitle(form.getTitle().strip());
        analysis.setKind(form.getKind());
        analysis.setPeriodStart(form.getPeriodStart());
        analysis.setPeriodEnd(form.getPeriodEnd());
        analysis.setScope(Input.blankToNull(form.getScope()));
        analysis.setDiscountRate(rate);
        analysis.setDiscountFirstYear(form.isDiscountFirstYear());
        analysis.setProxyVariation(proxyVariation);
        analysis.setDeadweightPoints(deadweightPoints);
        analysis.setAttributionPoints(attributionPoints);
        if (form.isNew()) {
            em.persist(analysis);
        }
        keepStakeholders(analysis, groups);
        keepOutputs(analysis, indicators);
        em.flush();
        audit.record(
                form.isNew() ? AuditAction.CREATE : AuditAction.UPDATE,
                ANALYSIS,
                analysis.getId(),
                summary(analysis.getTitle(), changes));
        return analysis;
    }

    /** Adds the chosen groups that are new; removes the others only when nothing of the map hangs on them. */
    private void keepStakeholders(SroiAnalysis analysis, List<StakeholderGroup> groups) {
        List<SroiStakeholder> present = em.createQuery(
                        "select s from SroiStakeholder s where s.analysis = :a", SroiStakeholder.class)
                .setParameter("a", analysis)
                .getResultList();
        for (SroiStakeholder s : present) {
            if (!groups.contains(s.getGroup())) {
                long parts = em.createQuery("select count(i) from SroiInput i where i.stakeholder = :s", Long.class)
                                .setParameter("s", s)
                                .getSingleResult()
                        + em.createQuery("select count(o) from SroiOutcome o where o.stakeholder = :s", Long.class)
                                .setParameter("s", s)
                                .getSingleResult();
                if (parts > 0) {
                    throw new ValidationFailure("sroi.analysis.stakeholder.inUse", "stakeholders");
                }
                em.remove(s);
            }
        }
        int position = present.size();
        for (StakeholderGroup group : groups) {
            if (present.stream().noneMatch(s -> s.getGroup().equals(group))) {
                em.persist(new SroiStakeholder(analysis, group, position++));
            }
        }
    }

    private void keepOutputs(SroiAnalysis analysis, List<Indicator> indicators) {
        List<SroiOutput> present = em.createQuery("select o from SroiOutput o where o.analysis = :a", SroiOutput.class)
                .setParameter("a", analysis)
                .getResultList();
        for (SroiOutput output : present) {
            if (!indicators.contains(output.getIndicator())) {
                em.remove(output);
            }
        }
        for (Indicator indicator : indicators) {
            if (present.stream().noneMatch(o -> o.getIndicator().equals(indicator))) {
                em.persist(new SroiOutput(analysis, indicator));
            }
        }
    }

    /** Removes a draft analysis with all its parts. */
    @Allow(Caller.BOARD_ADMIN)
    public void deleteAnalysis(long id, long version) {
        SroiAnalysis analysis = editable(id, version);
        audit.record(AuditAction.DELETE, ANALYSIS, id, analysis.getTitle());
        em.createQuery("update SroiOutcome o set o.forecastOutcome = null where o.forecastOutcome.analysis = :a")
                .setParameter("a", analysis)
                .executeUpdate();
        for (String part : List.of("SroiInput", "SroiOutcome", "SroiScenario", "SroiOutput")) {
            em.createQuery("delete from " + part + " p where p.analysis = :a")
                    .setParameter("a", analysis)
                    .executeUpdate();
        }
        em.createQuery("delete from SroiStakeholder s where s.analysis = :a")
                .setParameter("a", analysis)
                .executeUpdate();
        em.createQuery("update SroiAnalysis a set a.basedOn = null where a.basedOn = :a")
                .setParameter("a", analysis)
                .executeUpdate();
        em.remove(analysis);
    }

    // ---------------------------------------------------------------- review

    /** The board hands a draft to its advisor for review. */
    @Allow(Caller.BOARD)
    public SroiAnalysis submitForReview(long id, long version) {
        SroiAnalysis analysis = inStatus(id, version, AnalysisStatus.DRAFT);
        analysis.setStatus(AnalysisStatus.IN_REVIEW);
        return statusChanged(analysis);
    }

    /** The advisor sends an analysis under review back to the board. */
    @Allow(Caller.INITIATIVE_ADVISOR)
    public SroiAnalysis backToDraft(long id, long version) {
        SroiAnalysis analysis = inStatus(id, version, AnalysisStatus.IN_REVIEW);
        analysis.setStatus(AnalysisStatus.DRAFT);
        return statusChanged(analysis);
    }

    /**
     * The advisor makes a reviewed analysis final: from then on it is what was handed over, and
     * neither the service nor the database lets anyone change it. It must be calculable.
     */
    @Allow(Caller.INITIATIVE_ADVISOR)
    public SroiAnalysis finalise(long id, long version) {
        SroiAnalysis analysis = inStatus(id, version, AnalysisStatus.IN_REVIEW);
        if (!map(id).problems().isEmpty()) {
            throw new ValidationFailure("sroi.analysis.finalise.incomplete", null);
        }
        analysis.finalise(em.getReference(Account.class, Tenancy.requireAccount()), Instant.now());
        return statusChanged(analysis);
    }

    private SroiAnalysis inStatus(long id, long version, AnalysisStatus status) {
        SroiAnalysis analysis = Input.find(em, SroiAnalysis.class, id, version);
        if (analysis.getStatus() != status) {
            throw new ValidationFailure("sroi.analysis.status." + status.name().toLowerCase() + ".expected", null);
        }
        return analysis;
    }

    private SroiAnalysis statusChanged(SroiAnalysis analysis) {
        em.flush();
        audit.record(
                AuditAction.UPDATE,
                ANALYSIS,
                analysis.getId(),
                analysis.getTitle() + ": status " + STATUS.get(analysis.getStatus()));
        return analysis;
    }

    // ---------------------------------------------------------------- copies

    /**
     * A new draft with everything of {@code id}: its stakeholders, inputs, outputs, outcomes and
     * scenarios. An evaluative copy of a forecast remembers, per outcome, the forecast it measures.
     */
    @Allow(Caller.BOARD)
    public SroiAnalysis copy(long id, AnalysisKind kind, String title) {
        required(title, 200, "sroi.analysis.title", "title");
        if (kind == null) {
            throw new ValidationFailure("sroi.analysis.kind.required", "kind");
        }
        ImpactMap source = map(id);
        SroiAnalysis from = source.analysis();
        SroiAnalysis copy = new SroiAnalysis();
        copy.setTitle(title.strip());
        copy.setKind(kind);
        copy.setPeriodStart(from.getPeriodStart());
        copy.setPeriodEnd(from.getPeriodEnd());
        copy.setScope(from.getScope());
        copy.setDiscountRate(from.getDiscountRate());
        copy.setDiscountFirstYear(from.isDiscountFirstYear());
        copy.setProxyVariation(from.getProxyVariation());
        copy.setDeadweightPoints(from.getDeadweightPoints());
        copy.setAttributionPoints(from.getAttributionPoints());
        copy.setBasedOn(from);
        copy.setCreatedBy(em.getReference(Account.class, Tenancy.requireAccount()));
        em.persist(copy);
        Map<SroiStakeholder, SroiStakeholder> stakeholders = new HashMap<>();
        for (SroiStakeholder s : source.stakeholders()) {
            SroiStakeholder twin = new SroiStakeholder(copy, s.getGroup(), s.getPosition());
            em.persist(twin);
            stakeholders.put(s, twin);
        }
        for (SroiInput i : source.inputs()) {
            SroiInput twin = new SroiInput(copy);
            twin.setStakeholder(stakeholders.get(i.getStakeholder()));
            twin.setKind(i.getKind());
            twin.setDescription(i.getDescription());
            twin.setAmount(i.getAmount());
            twin.setHours(i.getHours());
            twin.setHourlyValue(i.getHourlyValue());
            twin.setHoursFrom(i.getHoursFrom());
            twin.setHoursTakenAt(i.getHoursTakenAt());
            twin.setValueSource(i.getValueSource());
            twin.setPosition(i.getPosition());
            em.persist(twin);
        }
        em.createQuery("select o.indicator from SroiOutput o where o.analysis = :a", Indicator.class)
                .setParameter("a", from)
                .getResultStream()
                .forEach(indicator -> em.persist(new SroiOutput(copy, indicator)));
        boolean measuresForecast = from.getKind() == AnalysisKind.FORECAST && kind == AnalysisKind.EVALUATIVE;
        for (SroiOutcome o : source.outcomes()) {
            SroiOutcome twin = new SroiOutcome(copy);
            twin.setStakeholder(stakeholders.get(o.getStakeholder()));
            copyOutcome(o, twin);
            twin.setForecastOutcome(measuresForecast ? o : o.getForecastOutcome());
            em.persist(twin);
        }
        for (SroiScenario s : source.scenarios()) {
            SroiScenario twin = new SroiScenario(copy);
            twin.setName(s.getName());
            twin.setProxyChange(s.getProxyChange());
            twin.setDeadweightChange(s.getDeadweightChange());
            twin.setAttributionChange(s.getAttributionChange());
            twin.setDurationChange(s.getDurationChange());
            twin.setDiscountRate(s.getDiscountRate());
            twin.setDiscountFirstYear(s.getDiscountFirstYear());
            twin.setPosition(s.getPosition());
            em.persist(twin);
        }
        em.flush();
        audit.record(
                AuditAction.CREATE, ANALYSIS, copy.getId(), copy.getTitle() + " (kopie van " + from.getTitle() + ")");
        return copy;
    }

    private static void copyOutcome(SroiOutcome from, SroiOutcome to) {
        to.setDescription(from.getDescription());
        to.setEvidence(from.getEvidence());
        to.setIndicator(from.getIndicator());
        to.setQuestion(from.getQuestion());
        to.setEstimateSource(from.getEstimateSource());
        to.setQuantity(from.getQuantity());
        to.setDuration(from.getDuration());
        to.setStartsAfter(from.isStartsAfter());
        to.setProxyId(from.getProxyId());
        to.setProxyDescription(from.getProxyDescription());
        to.setProxyValue(from.getProxyValue());
        to.setProxySource(from.getProxySource());
        to.setProxyPriceYear(from.getProxyPriceYear());
        to.setDeadweight(from.getDeadweight());
        to.setDeadweightWhy(from.getDeadweightWhy());
        to.setDisplacement(from.getDisplacement());
        to.setDisplacementWhy(from.getDisplacementWhy());
        to.setAttribution(from.getAttribution());
        to.setAttributionWhy(from.getAttributionWhy());
        to.setDropOff(from.getDropOff());
        to.setDropOffWhy(from.getDropOffWhy());
        to.setPosition(from.getPosition());
    }

    // ---------------------------------------------------------------- inputs

    @Allow(Caller.BOARD)
    public InputForm inputForm(long analysisId, Long id) {
        if (id == null) {
            analysis(analysisId);
            return new InputForm();
        }
        SroiInput input = Input.find(em, SroiInput.class, id);
        if (input.getAnalysis().getId() != analysisId) {
            throw new NotFoundException("SroiPart");
        }
        return InputForm.of(input);
    }

    @Allow(Caller.BOARD)
    public SroiInput saveInput(long analysisId, long analysisVersion, InputForm form) {
        SroiAnalysis analysis = editable(analysisId, analysisVersion);
        SroiStakeholder stakeholder = stakeholderOf(analysis, form.getStakeholderId());
        if (form.getKind() == null) {
            throw new ValidationFailure("sroi.input.kind.required", "kind");
        }
        required(form.getDescription(), 500, "sroi.input.description", "description");
        boolean time = form.getKind() == InputKind.VOLUNTEER_TIME;
        HoursSource from = time ? form.getHoursFrom() : null;
        if (time) {
            if (from == null) {
                throw new ValidationFailure("sroi.input.hoursFrom.required", "hoursFrom");
            }
            if (from != HoursSource.TYPED) {
                // taken from where they were registered, as they stand now: never typed twice
                form.setHours(hoursIn(analysis, from));
                boolean counted = em.createQuery(
                                        "select count(i) from SroiInput i where i.analysis = :a and i.hoursFrom = :from "
                                                + "and i.id <> :id",
                                        Long.class)
                                .setParameter("a", analysis)
                                .setParameter("from", from)
                                .setParameter("id", form.isNew() ? -1L : form.getId())
                                .getSingleResult()
                        > 0;
                if (counted) {
                    throw new ValidationFailure("sroi.input.hoursFrom.counted", "hoursFrom");
                }
            }
            amount(form.getHours(), 12, "sroi.input.hours", "hours");
            amount(form.getHourlyValue(), 10, "sroi.input.hourlyValue", "hourlyValue");
            required(form.getValueSource(), 500, "sroi.input.valueSource", "valueSource");
        } else {
            amount(form.getAmount(), 14, "sroi.input.amount", "amount");
            Input.maxLength(form.getValueSource(), 500, "valueSource");
        }
        SroiInput input;
        if (form.isNew()) {
            input = new SroiInput(analysis);
            input.setPosition(count("SroiInput", analysis));
        } else {
            input = part(SroiInput.class, form.getId(), form.getVersion(), analysis);
        }
        String changes = form.isNew()
                ? null
                : changes()
                        .of("bedrag", input.getAmount(), time ? null : form.getAmount())
                        .of("uren", input.getHours(), time ? form.getHours() : null)
                        .of("waarde per uur", input.getHourlyValue(), time ? form.getHourlyValue() : null)
                        .toString();
        input.setStakeholder(stakeholder);
        input.setKind(form.getKind());
        input.setDescription(form.getDescription().strip());
        input.setAmount(time ? null : form.getAmount());
        input.setHours(time ? form.getHours() : null);
        input.setHourlyValue(time ? form.getHourlyValue() : null);
        input.setHoursTakenAt(from == null || from == HoursSource.TYPED ? null : Instant.now());
        input.setHoursFrom(from);
        input.setValueSource(Input.blankToNull(form.getValueSource()));
        if (form.isNew()) {
            em.persist(input);
        }
        touch(analysis);
        audit.record(
                form.isNew() ? AuditAction.CREATE : AuditAction.UPDATE,
                ANALYSIS,
                analysis.getId(),
                summary("inbreng " + input.getDescription(), changes));
        return input;
    }

    /**
     * The volunteer hours the logbook's help assignments or the activities register hold for the
     * analysis' period, for an input of volunteer time: taken, never typed twice.
     */
    @Allow(Caller.BOARD)
    public BigDecimal volunteerHours(long analysisId, HoursSource source) {
        return hoursIn(analysis(analysisId), source);
    }

    private BigDecimal hoursIn(SroiAnalysis analysis, HoursSource source) {
        LocalDate start = analysis.getPeriodStart();
        LocalDate end = analysis.getPeriodEnd();
        BigDecimal hours = switch (source) {
            case LOGBOOK ->
                em.createQuery(
                                "select sum(a.hours) from HelpAssignment a where a.request.requestedOn >= :start "
                                        + "and a.request.requestedOn <= :end",
                                BigDecimal.class)
                        .setParameter("start", start)
                        .setParameter("end", end)
                        .getSingleResult();
            case ACTIVITIES ->
                em.createQuery(
                                "select sum(o.volunteerHours) from Occurrence o where o.date >= :start and o.date <= :end",
                                BigDecimal.class)
                        .setParameter("start", start)
                        .setParameter("end", end)
                        .getSingleResult();
            case TYPED -> throw new ValidationFailure("sroi.input.hoursFrom.required", "hoursFrom");
        };
        return hours == null ? BigDecimal.ZERO : hours;
    }

    @Allow(Caller.BOARD)
    public void deleteInput(long analysisId, long analysisVersion, long id, long version) {
        SroiAnalysis analysis = editable(analysisId, analysisVersion);
        SroiInput input = part(SroiInput.class, id, version, analysis);
        audit.record(AuditAction.DELETE, ANALYSIS, analysisId, "inbreng " + input.getDescription());
        em.remove(input);
        touch(analysis);
    }

    // ---------------------------------------------------------------- outcomes

    @Allow(Caller.BOARD)
    public OutcomeForm outcomeForm(long analysisId, Long id) {
        if (id == null) {
            analysis(analysisId);
            return new OutcomeForm();
        }
        SroiOutcome outcome = Input.find(em, SroiOutcome.class, id);
        if (outcome.getAnalysis().getId() != analysisId) {
            throw new NotFoundException("SroiPart");
        }
        return OutcomeForm.of(outcome);
    }

    @Allow(Caller.BOARD)
    public SroiOutcome saveOutcome(long analysisId, long analysisVersion, OutcomeForm form) {
        SroiAnalysis analysis = editable(analysisId, analysisVersion);
        SroiStakeholder stakeholder = stakeholderOf(analysis, form.getStakeholderId());
        required(form.getDescription(), 500, "sroi.outcome.description", "description");
        if (form.getEvidence() == null) {
            throw new ValidationFailure("sroi.outcome.evidence.required", "evidence");
        }
        Indicator indicator = null;
        Question question = null;
        String estimateSource = null;
        switch (form.getEvidence()) {
            case INDICATOR -> {
                if (form.getIndicatorId() == null) {
                    throw new ValidationFailure("sroi.outcome.indicator.required", "indicator");
                }
                indicator =
                        known(Indicator.class, List.of(form.getIndicatorId())).get(0);
            }
            case SURVEY_QUESTION -> {
                if (form.getQuestionId() == null) {
                    throw new ValidationFailure("sroi.outcome.question.required", "question");
                }
                question = known(Question.class, List.of(form.getQuestionId())).get(0);
            }
            case ESTIMATE -> {
                required(form.getEstimateSource(), 500, "sroi.outcome.estimateSource", "estimateSource");
                estimateSource = form.getEstimateSource().strip();
            }
        }
        amount(form.getQuantity(), 14, "sroi.outcome.quantity", "quantity");
        if (form.getDuration() == null) {
            throw new ValidationFailure("sroi.outcome.duration.required", "duration");
        }
        if (form.getDuration() < 1 || form.getDuration() > 50) {
            throw new ValidationFailure("sroi.outcome.duration.range", "duration");
        }
        required(form.getProxyDescription(), 400, "sroi.outcome.proxyDescription", "proxyDescription");
        amount(form.getProxyValue(), 14, "sroi.outcome.proxyValue", "proxyValue");
        required(form.getProxySource(), 1200, "sroi.outcome.proxySource", "proxySource");
        if (form.getProxyPriceYear() != null && (form.getProxyPriceYear() < 1990 || form.getProxyPriceYear() > 2100)) {
            throw new ValidationFailure("sroi.outcome.proxyPriceYear.range", "proxyPriceYear");
        }
        BigDecimal deadweight = Percent.fraction(form.getDeadweightPercent(), 0, 100, 2, "sroi.percent", "deadweight");
        BigDecimal displacement =
                Percent.fraction(form.getDisplacementPercent(), 0, 100, 2, "sroi.percent", "displacement");
        BigDecimal attribution =
                Percent.fraction(form.getAttributionPercent(), 0, 100, 2, "sroi.percent", "attribution");
        BigDecimal dropOff = Percent.fraction(form.getDropOffPercent(), 0, 100, 2, "sroi.percent", "dropOff");
        Input.maxLength(form.getDeadweightWhy(), 500, "deadweightWhy");
        Input.maxLength(form.getDisplacementWhy(), 500, "displacementWhy");
        Input.maxLength(form.getAttributionWhy(), 500, "attributionWhy");
        Input.maxLength(form.getDropOffWhy(), 500, "dropOffWhy");
        SroiOutcome outcome;
        if (form.isNew()) {
            outcome = new SroiOutcome(analysis);
            outcome.setPosition(count("SroiOutcome", analysis));
        } else {
            outcome = part(SroiOutcome.class, form.getId(), form.getVersion(), analysis);
        }
        String changes = form.isNew()
                ? null
                : changes()
                        .of("aantal", outcome.getQuantity(), form.getQuantity())
                        .of("proxy", outcome.getProxyValue(), form.getProxyValue())
                        .of("duur", outcome.getDuration(), form.getDuration())
                        .percent("deadweight", outcome.getDeadweight(), deadweight)
                        .percent("verplaatsing", outcome.getDisplacement(), displacement)
                        .percent("attributie", outcome.getAttribution(), attribution)
                        .percent("afname", outcome.getDropOff(), dropOff)
                        .toString();
        outcome.setStakeholder(stakeholder);
        outcome.setDescription(form.getDescription().strip());
        outcome.setEvidence(form.getEvidence());
        outcome.setIndicator(indicator);
        outcome.setQuestion(question);
        outcome.setEstimateSource(estimateSource);
        outcome.setQuantity(form.getQuantity());
        outcome.setDuration(form.getDuration());
        outcome.setStartsAfter(form.isStartsAfter());
        outcome.setProxyId(form.getProxyId());
        outcome.setProxyDescription(form.getProxyDescription().strip());
        outcome.setProxyValue(form.getProxyValue());
        outcome.setProxySource(form.getProxySource().strip());
        outcome.setProxyPriceYear(form.getProxyPriceYear());
        outcome.setDeadweight(deadweight);
        outcome.setDeadweightWhy(Input.blankToNull(form.getDeadweightWhy()));
        outcome.setDisplacement(displacement);
        outcome.setDisplacementWhy(Input.blankToNull(form.getDisplacementWhy()));
        outcome.setAttribution(attribution);
        outcome.setAttributionWhy(Input.blankToNull(form.getAttributionWhy()));
        outcome.setDropOff(dropOff);
        outcome.setDropOffWhy(Input.blankToNull(form.getDropOffWhy()));
        if (form.isNew()) {
            em.persist(outcome);
        }
        touch(analysis);
        audit.record(
                form.isNew() ? AuditAction.CREATE : AuditAction.UPDATE,
                ANALYSIS,
                analysis.getId(),
                summary("uitkomst " + outcome.getDescription(), changes));
        return outcome;
    }

    @Allow(Caller.BOARD)
    public void deleteOutcome(long analysisId, long analysisVersion, long id, long version) {
        SroiAnalysis analysis = editable(analysisId, analysisVersion);
        SroiOutcome outcome = part(SroiOutcome.class, id, version, analysis);
        audit.record(AuditAction.DELETE, ANALYSIS, analysisId, "uitkomst " + outcome.getDescription());
        em.createQuery("update SroiOutcome o set o.forecastOutcome = null where o.forecastOutcome = :o")
                .setParameter("o", outcome)
                .executeUpdate();
        em.remove(outcome);
        touch(analysis);
    }

    /** The survey questions an outcome can be shown by, with their surveys. */
    @Allow(Caller.BOARD)
    public List<Question> questionChoices() {
        return em.createQuery(
                        "select q from Question q join fetch q.survey s order by s.name, q.position", Question.class)
                .getResultList();
    }

    /** The register's stakeholder groups, to choose the analysis' stakeholders from. */
    @Allow(Caller.BOARD)
    public List<StakeholderGroup> stakeholderChoices() {
        return em.createNamedQuery(StakeholderGroup.ALL, StakeholderGroup.class).getResultList();
    }

    // ---------------------------------------------------------------- scenarios

    @Allow(Caller.BOARD)
    public ScenarioForm scenarioForm(long analysisId, Long id) {
        if (id == null) {
            analysis(analysisId);
            return new ScenarioForm();
        }
        SroiScenario scenario = Input.find(em, SroiScenario.class, id);
        if (scenario.getAnalysis().getId() != analysisId) {
            throw new NotFoundException("SroiPart");
        }
        return ScenarioForm.of(scenario);
    }

    @Allow(Caller.BOARD)
    public SroiScenario saveScenario(long analysisId, long analysisVersion, ScenarioForm form) {
        SroiAnalysis analysis = editable(analysisId, analysisVersion);
        required(form.getName(), 80, "sroi.scenario.name", "name");
        BigDecimal proxyChange =
                Percent.fraction(form.getProxyChangePercent(), -100, 100, 2, "sroi.change", "proxyChange");
        BigDecimal deadweightChange =
                Percent.fraction(form.getDeadweightChangePoints(), -100, 100, 2, "sroi.change", "deadweightChange");
        BigDecimal attributionChange =
                Percent.fraction(form.getAttributionChangePoints(), -100, 100, 2, "sroi.change", "attributionChange");
        if (Math.abs(form.getDurationChange()) > 49) {
            throw new ValidationFailure("sroi.scenario.durationChange.range", "durationChange");
        }
        BigDecimal rate = form.getDiscountRatePercent() == null
                ? null
                : Percent.fraction(form.getDiscountRatePercent(), 0, 100, 4, "sroi.rate", "discountRate");
        String name = form.getName().strip();
        boolean taken = em.createQuery(
                                "select count(s) from SroiScenario s where s.analysis = :a and s.name = :n and s.id <> :id",
                                Long.class)
                        .setParameter("a", analysis)
                        .setParameter("n", name)
                        .setParameter("id", form.isNew() ? -1L : form.getId())
                        .getSingleResult()
                > 0;
        if (taken) {
            throw new ValidationFailure("sroi.scenario.name.taken", "name");
        }
        SroiScenario scenario;
        if (form.isNew()) {
            scenario = new SroiScenario(analysis);
            scenario.setPosition(count("SroiScenario", analysis));
        } else {
            scenario = part(SroiScenario.class, form.getId(), form.getVersion(), analysis);
        }
        scenario.setName(name);
        scenario.setProxyChange(proxyChange);
        scenario.setDeadweightChange(deadweightChange);
        scenario.setAttributionChange(attributionChange);
        scenario.setDurationChange(form.getDurationChange());
        scenario.setDiscountRate(rate);
        scenario.setDiscountFirstYear(form.getDiscountFirstYear());
        if (form.isNew()) {
            em.persist(scenario);
        }
        touch(analysis);
        audit.record(form.isNew() ? AuditAction.CREATE : AuditAction.UPDATE, ANALYSIS, analysisId, "scenario " + name);
        return scenario;
    }

    /**
     * The three standard scenarios (cautious, expected, optimistic: see {@link Scenario}) under the
     * names given in the reader's language, for a map that has none yet.
     */
    @Allow(Caller.BOARD)
    public void addStandardScenarios(
            long analysisId, long analysisVersion, String cautious, String expected, String optimistic) {
        SroiAnalysis analysis = editable(analysisId, analysisVersion);
        if (count("SroiScenario", analysis) > 0) {
            throw new ValidationFailure("sroi.scenarios.exist", null);
        }
        int position = 0;
        for (Map.Entry<String, Scenario> standard : List.of(
                Map.entry(cautious, Scenario.CAUTIOUS),
                Map.entry(expected, Scenario.EXPECTED),
                Map.entry(optimistic, Scenario.OPTIMISTIC))) {
            required(standard.getKey(), 80, "sroi.scenario.name", "name");
            SroiScenario scenario =
                    SroiScenario.of(analysis, standard.getKey().strip(), standard.getValue(), position++);
            em.persist(scenario);
        }
        touch(analysis);
        audit.record(
                AuditAction.CREATE, ANALYSIS, analysisId, "scenario " + cautious + ", " + expected + ", " + optimistic);
    }

    @Allow(Caller.BOARD)
    public void deleteScenario(long analysisId, long analysisVersion, long id, long version) {
        SroiAnalysis analysis = editable(analysisId, analysisVersion);
        SroiScenario scenario = part(SroiScenario.class, id, version, analysis);
        audit.record(AuditAction.DELETE, ANALYSIS, analysisId, "scenario " + scenario.getName());
        em.remove(scenario);
        touch(analysis);
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The analysis, when the caller may change it: a draft, by anyone of the initiative; one under
     * review, by its advisors (who may correct what they review) but not by the board, whose turn
     * ends when it hands the analysis in; a final one, by nobody.
     */
    private SroiAnalysis editable(long id, long version) {
        SroiAnalysis analysis = Input.find(em, SroiAnalysis.class, id, version);
        if (!analysis.isEditable()) {
            throw new ValidationFailure("sroi.analysis.final", null);
        }
        if (analysis.getStatus() == AnalysisStatus.IN_REVIEW && !reviewer()) {
            throw new ValidationFailure("sroi.analysis.inReview", null);
        }
        return analysis;
    }

    private boolean reviewer() {
        Standing standing = admission.currentStanding();
        return standing == Standing.ADVISOR || standing == Standing.ADMIN;
    }

    /**
     * Every change to a part changes the analysis' version too: the figures on a page that was
     * read before are stale, and a second person's save on that page conflicts.
     */
    private void touch(SroiAnalysis analysis) {
        em.lock(analysis, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
    }

    private <T extends nl.cmostamm.portal.tenant.TenantOwned> T part(
            Class<T> type, long id, long version, SroiAnalysis analysis) {
        T part = Input.find(em, type, id, version);
        SroiAnalysis owner;
        if (part instanceof SroiInput i) {
            owner = i.getAnalysis();
        } else if (part instanceof SroiOutcome o) {
            owner = o.getAnalysis();
        } else if (part instanceof SroiScenario sc) {
            owner = sc.getAnalysis();
        } else {
            throw new IllegalArgumentException(type.getName());
        }
        if (!owner.equals(analysis)) {
            throw new NotFoundException("SroiPart");
        }
        return part;
    }

    private SroiStakeholder stakeholderOf(SroiAnalysis analysis, Long stakeholderId) {
        if (stakeholderId == null) {
            throw new ValidationFailure("sroi.stakeholder.required", "stakeholder");
        }
        SroiStakeholder stakeholder = em.find(SroiStakeholder.class, stakeholderId);
        if (stakeholder == null || !stakeholder.getAnalysis().equals(analysis)) {
            throw new ValidationFailure("sroi.stakeholder.required", "stakeholder");
        }
        return stakeholder;
    }

    private int count(String entity, SroiAnalysis analysis) {
        return em.createQuery("select count(p) from " + entity + " p where p.analysis = :a", Long.class)
                .setParameter("a", analysis)
                .getSingleResult()
                .intValue();
    }

    private <T> List<T> known(Class<T> type, List<Long> ids) {
        List<T> found = new ArrayList<>();
        for (Long id : ids == null ? List.<Long>of() : ids.stream().distinct().toList()) {
            T entity = em.find(type, id);
            if (entity == null) {
                throw new NotFoundException(type.getSimpleName());
            }
            found.add(entity);
        }
        return found;
    }

    private static void required(String value, int max, String key, String field) {
        if (value == null || value.isBlank()) {
            throw new ValidationFailure(key + ".required", field);
        }
        Input.maxLength(value, max, field);
    }

    /** An amount of money, hours or a quantity: present, not negative, at most two decimals, fits its column. */
    private static void amount(BigDecimal value, int precision, String key, String field) {
        if (value == null) {
            throw new ValidationFailure(key + ".required", field);
        }
        String refusal = Percent.amountRefusal(value);
        if (refusal != null) {
            throw new ValidationFailure(refusal, field);
        }
        if (value.setScale(2, java.math.RoundingMode.UNNECESSARY).precision() > precision) {
            throw new ValidationFailure("sroi.amount.tooLarge", field);
        }
    }

    private static String summary(String subject, String changes) {
        return changes == null || changes.isEmpty() ? subject : subject + ": " + changes;
    }

    private static Changes changes() {
        return new Changes();
    }

    /**
     * The audit log is kept in Dutch, the portal's first language, like the titles it quotes:
     * "deadweight 20 % → 30 %; duur 2 → 3" says what an audited change did to the figures.
     */
    private static final class Changes {
        private final StringJoiner joined = new StringJoiner("; ");

        /** A rate kept as a fraction, told as the percentage people typed. */
        Changes percent(String name, BigDecimal before, BigDecimal after) {
            return of(
                    name,
                    before == null ? null : before.movePointRight(2),
                    after == null ? null : after.movePointRight(2),
                    " %");
        }

        Changes of(String name, Object before, Object after) {
            return of(name, before, after, "");
        }

        private Changes of(String name, Object before, Object after, String unit) {
            boolean same = before instanceof BigDecimal b && after instanceof BigDecimal a
                    ? b.compareTo(a) == 0
                    : Objects.equals(before, after);
            if (!same) {
                joined.add(name + " " + shown(before) + unit + " → " + shown(after) + unit);
            }
            return this;
        }

        private static String shown(Object value) {
            if (value instanceof Boolean yes) {
                return yes ? "ja" : "nee";
            }
            return value instanceof BigDecimal d
                    ? d.stripTrailingZeros().toPlainString().replace('.', ',')
                    : String.valueOf(value);
        }

        @Override
        public String toString() {
            return joined.toString();
        }
    }
}
