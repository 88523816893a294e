package nl.cmostamm.portal.logbook;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.initiative.SocietalEffect;
import nl.cmostamm.portal.initiative.TargetGroup;
import nl.cmostamm.portal.security.Admission;
import nl.cmostamm.portal.security.Standing;
import nl.cmostamm.portal.shared.ConcurrentEditException;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.shared.NamedRows;
import nl.cmostamm.portal.shared.ValidationFailure;
import org.eclipse.persistence.config.QueryHints;

/**
 * The help desk's logbook of the current initiative. Every board member keeps it; the categories
 * and the overload limits are for board admins and advisors. Volunteers' contact details are
 * shown to the board and its advisors only, not to the knowledge centre's admins (who see them
 * only when a volunteer asks for their own data: {@code person}), on a volunteer's own page only,
 * and every such read is audited. Every change is audited and announced ({@link HelpRequestsChanged}), so the indicators counted from the logbook
 * are recomputed in the same transaction.
 */
@Stateless
@Guarded
public class LogbookService {

    /** The weeks the load view shows, the current one last. */
    public static final int LOAD_WEEKS = 8;

    public static final String VOLUNTEER = "volunteer";
    public static final String REQUEST = "helpRequest";
    static final String SETTINGS = "logbookSettings";
    /** The audit summary of a read of a volunteer's contact details: what was read, never the details. */
    public static final String CONTACT_READ = "contactgegevens gelezen";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    Admission admission;

    @EJB
    AuditLog audit;

    @Inject
    Event<HelpRequestsChanged> changed;

    @Allow(Caller.BOARD)
    public List<HelpCategory> categories() {
        return em.createNamedQuery(HelpCategory.ALL, HelpCategory.class).getResultList();
    }

    /** Replaces the list of categories; a category with requests cannot be dropped. */
    @Allow(Caller.BOARD_ADMIN)
    public void saveCategories(List<String> names) {
        List<String> wanted = NamedRows.cleaned(names, "logbook.categories.invalid");
        if (wanted.isEmpty()) {
            throw new ValidationFailure("logbook.categories.invalid", "categories");
        }
        List<HelpCategory> existing =
                em.createNamedQuery(HelpCategory.ALL, HelpCategory.class).getResultList();
        for (HelpCategory category : existing) {
            boolean used = !wanted.contains(category.getName())
                    && em.createQuery("select count(r) from HelpRequest r where r.category = :c", Long.class)
                                    .setParameter("c", category)
                                    .getSingleResult()
                            > 0;
            if (used) {
                throw new ValidationFailure("logbook.categories.inUse", "categories");
            }
        }
        NamedRows.replace(em, existing, wanted, HelpCategory::getName, HelpCategory::setPosition, HelpCategory::new);
        audit.record(AuditAction.UPDATE, SETTINGS, null, String.join(", ", wanted));
    }

    /** Each category with the societal effect its help serves, for the settings to edit. */
    @Allow(Caller.BOARD)
    public List<CategoryEffectForm> categoryEffects() {
        return em.createQuery(
                        "select c from HelpCategory c left join fetch c.effect order by c.position, c.name",
                        HelpCategory.class)
                .getResultStream()
                .map(CategoryEffectForm::of)
                .toList();
    }

    /**
     * Sets per category which of the initiative's societal effects its help serves (none: null), so
     * the insight report can group help requests by effect without the desk registering anything
     * more per request. Each row carries the category's version as read: a category changed since
     * (linked by someone else, renamed or reordered) is a conflict, and an effect not on the
     * initiative's list is refused; either way nothing is saved.
     *
     * @return the rows as saved, with their new versions
     */
    @Allow(Caller.BOARD_ADMIN)
    public List<CategoryEffectForm> saveCategoryEffects(List<CategoryEffectForm> rows) {
        List<String> changes = new ArrayList<>();
        for (CategoryEffectForm row : rows) {
            if (row.isNew()) {
                throw new ValidationFailure("logbook.categoryEffect.invalid", "effects");
            }
            HelpCategory category = Input.find(em, HelpCategory.class, row.getId(), row.getVersion());
            SocietalEffect effect = row.getEffectId() == null
                    ? null
                    : Input.known(
                            em, SocietalEffect.class, row.getEffectId(), "logbook.categoryEffect.invalid", "effects");
            if (!Objects.equals(idOf(category.getEffect()), idOf(effect))) {
                category.setEffect(effect);
                changes.add(category.getName() + ": " + (effect == null ? "-" : effect.getName()));
            }
        }
        em.flush();
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, SETTINGS, null, String.join(", ", changes));
        }
        return categoryEffects();
    }

    private static Long idOf(SocietalEffect effect) {
        return effect == null ? null : effect.getId();
    }

    // --- volunteers ---

    /**
     * The volunteers, without their contact details whoever asks: as the story list shows no story's
     * text, the list shows no phone number or address, so that every time someone sees a volunteer's
     * contact details is one read of {@link #volunteer(long)}, and audited there.
     */
    @Allow(Caller.BOARD)
    public List<Volunteer> volunteers() {
        List<Volunteer> all = em.createNamedQuery(Volunteer.ALL, Volunteer.class)
                .setHint(QueryHints.BATCH, "v.affinities")
                .setHint(QueryHints.BATCH_TYPE, "IN")
                .setHint(Input.LOAD_GRAPH, em.getEntityGraph(Volunteer.WITH_AFFINITIES))
                .getResultList();
        return all.stream().map(this::withoutContact).toList();
    }

    /**
     * One volunteer, for their own page. Whoever may read contact details gets them, and when there
     * are any, the read is audited as a story's read is (naming the volunteer by number only, since the
     * log outlives a volunteer's erasure).
     */
    @Allow(Caller.BOARD)
    public Volunteer volunteer(long id) {
        Standing standing = admission.currentStanding();
        Volunteer volunteer = Input.find(em, Volunteer.class, id, Volunteer.WITH_AFFINITIES);
        if (!mayReadContact(standing)) {
            return withoutContact(volunteer);
        }
        if (volunteer.getPhone() != null || volunteer.getEmail() != null) {
            audit.record(AuditAction.READ, VOLUNTEER, id, CONTACT_READ);
        }
        return volunteer;
    }

    /** Saves a new or edited volunteer with the categories of help they like to give. */
    @Allow(Caller.BOARD)
    public Volunteer saveVolunteer(VolunteerForm form) {
        Standing standing = admission.currentStanding();
        String name = form.getName() == null ? "" : form.getName().strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new ValidationFailure("volunteer.name.required", "name");
        }
        String email = Input.blankToNull(form.getEmail());
        if (email != null && (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw new ValidationFailure("volunteer.email.invalid", "email");
        }
        Input.maxLength(form.getPhone(), 40, "phone");
        Input.maxLength(form.getAvailability(), 500, "availability");
        Input.maxLength(form.getSkills(), 1000, "skills");
        boolean created = form.isNew();
        Volunteer volunteer;
        if (created) {
            volunteer = new Volunteer();
        } else {
            volunteer = Input.find(em, Volunteer.class, form.getId(), form.getVersion());
            em.lock(volunteer, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        volunteer.setName(name);
        if (mayReadContact(standing) || created) {
            volunteer.setPhone(Input.blankToNull(form.getPhone()));
            volunteer.setEmail(email);
        }
        volunteer.setAvailability(Input.blankToNull(form.getAvailability()));
        volunteer.setSkills(Input.blankToNull(form.getSkills()));
        volunteer.setActiveSince(form.getActiveSince());
        volunteer.setActive(form.isActive());
        volunteer.setAffinities(Input.knownAll(
                em, HelpCategory.class, form.getAffinityIds(), "volunteer.affinities.invalid", "affinities"));
        if (created) {
            em.persist(volunteer);
        }
        em.flush();
        audit.record(
                created ? AuditAction.CREATE : AuditAction.UPDATE, VOLUNTEER, volunteer.getId(), volunteer.getName());
        return volunteer;
    }

    /**
     * Removes a volunteer's personal data, for board admins and advisors: a volunteer who never
     * helped is deleted; one who did is anonymised (name replaced, contact and notes cleared,
     * inactive), so the hours they gave still count in the annual figures without naming them.
     *
     * @return true when the volunteer was anonymised rather than deleted
     */
    @Allow(Caller.BOARD_ADMIN)
    public boolean removeVolunteer(long id, long version) {
        Volunteer volunteer = Input.find(em, Volunteer.class, id, version);
        boolean helped = em.createQuery("select count(a) from HelpAssignment a where a.volunteer = :v", Long.class)
                        .setParameter("v", volunteer)
                        .getSingleResult()
                > 0;
        audit.record(AuditAction.DELETE, VOLUNTEER, id, helped ? "geanonimiseerd" : "verwijderd");
        if (!helped) {
            em.remove(volunteer);
            return false;
        }
        volunteer.setName(Volunteer.ANONYMOUS + " " + id);
        volunteer.setPhone(null);
        volunteer.setEmail(null);
        volunteer.setAvailability(null);
        volunteer.setSkills(null);
        volunteer.setActiveSince(null);
        volunteer.setActive(false);
        volunteer.setAffinities(new ArrayList<>());
        return true;
    }

    // --- help requests ---

    /**
     * The requests of the week (Monday to Sunday) around {@code day}, with categories, target
     * groups and helpers.
     */
    @Allow(Caller.BOARD)
    public List<HelpRequest> week(LocalDate day) {
        LocalDate monday = monday(day);
        return em.createQuery(
                        "select r from HelpRequest r "
                                + "where r.requestedOn between :from and :to order by r.requestedOn, r.id",
                        HelpRequest.class)
                .setParameter("from", monday)
                .setParameter("to", monday.plusDays(6))
                .setHint(QueryHints.BATCH, "r.category")
                .setHint(QueryHints.BATCH, "r.targetGroup")
                .setHint(QueryHints.BATCH, "r.assignments")
                .setHint(QueryHints.BATCH, "r.assignments.volunteer")
                .setHint(QueryHints.BATCH_TYPE, "IN")
                .setHint(Input.LOAD_GRAPH, em.getEntityGraph(HelpRequest.WITH_HELPERS))
                .getResultList();
    }

    @Allow(Caller.BOARD)
    public HelpRequest request(long id) {
        return Input.find(em, HelpRequest.class, id, HelpRequest.WITH_HELPERS);
    }

    /**
     * Saves a new or edited request with its helpers and their hours (the form's {@code hours} by
     * volunteer id, in the order shown). Refused input changes nothing; a save after someone
     * else's is a conflict.
     */
    @Allow(Caller.BOARD)
    public HelpRequest saveRequest(HelpRequestForm form) {
        validate(form);
        HelpCategory category = form.getCategoryId() == null ? null : em.find(HelpCategory.class, form.getCategoryId());
        if (category == null) {
            throw new ValidationFailure("request.category.required", "category");
        }
        boolean created = form.isNew();
        HelpRequest request;
        if (created) {
            request = new HelpRequest();
        } else {
            request = Input.find(em, HelpRequest.class, form.getId(), form.getVersion());
            em.lock(request, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        request.setRequestedOn(form.getRequestedOn());
        request.setCategory(category);
        request.setRequester(form.getRequester().strip());
        request.setDescription(Input.blankToNull(form.getDescription()));
        request.setStatus(form.getStatus());
        request.setReferral(form.getStatus() == HelpStatus.REFERRED ? form.getReferral() : null);
        request.setReferralNote(
                form.getStatus() == HelpStatus.REFERRED ? Input.blankToNull(form.getReferralNote()) : null);
        request.setCompetition(form.getCompetition());
        request.setNotes(Input.blankToNull(form.getNotes()));
        request.setTargetGroup(
                form.getTargetGroupId() == null
                        ? null
                        : Input.known(
                                em,
                                TargetGroup.class,
                                form.getTargetGroupId(),
                                "request.targetGroup.invalid",
                                "targetGroup"));
        assign(request, form.getHours() == null ? Map.of() : form.getHours());
        if (created) {
            em.persist(request);
        }
        em.flush();
        audit.record(
                created ? AuditAction.CREATE : AuditAction.UPDATE,
                REQUEST,
                request.getId(),
                request.getCategory().getName() + " " + request.getRequester());
        changed.fire(new HelpRequestsChanged());
        return request;
    }

    @Allow(Caller.BOARD)
    public void deleteRequest(long id, long version) {
        HelpRequest request = Input.find(em, HelpRequest.class, id, version);
        audit.record(AuditAction.DELETE, REQUEST, id, request.getCategory().getName() + " " + request.getRequester());
        em.remove(request);
        changed.fire(new HelpRequestsChanged());
    }

    private void assign(HelpRequest request, Map<Long, BigDecimal> hours) {
        Map<Long, HelpAssignment> current = new HashMap<>();
        request.getAssignments().forEach(a -> current.put(a.getVolunteer().getId(), a));
        for (Map.Entry<Long, BigDecimal> entry : hours.entrySet()) {
            BigDecimal spent = entry.getValue() == null ? BigDecimal.ZERO : entry.getValue();
            if (spent.signum() < 0
                    || spent.compareTo(BigDecimal.valueOf(1000)) >= 0
                    || spent.stripTrailingZeros().scale() > 2) {
                throw new ValidationFailure("request.hours.invalid", "hours");
            }
            HelpAssignment assignment = current.remove(entry.getKey());
            if (assignment == null) {
                Volunteer volunteer = entry.getKey() == null ? null : em.find(Volunteer.class, entry.getKey());
                if (volunteer == null) {
                    throw new ValidationFailure("request.volunteer.invalid", "volunteer");
                }
                request.assign(volunteer, spent);
            } else {
                assignment.setHours(spent);
            }
        }
        request.getAssignments().removeAll(current.values());
    }

    private static void validate(HelpRequestForm form) {
        if (form.getRequestedOn() == null) {
            throw new ValidationFailure("request.date.required", "requestedOn");
        }
        if (form.getRequestedOn().isAfter(LocalDate.now().plusDays(1))) {
            throw new ValidationFailure("request.date.future", "requestedOn");
        }
        String requester =
                form.getRequester() == null ? "" : form.getRequester().strip();
        if (requester.isEmpty() || requester.length() > 40) {
            throw new ValidationFailure("request.requester.invalid", "requester");
        }
        if (form.getStatus() == null || form.getCompetition() == null) {
            throw new ValidationFailure("request.status.required", "status");
        }
        if (form.getStatus() == HelpStatus.REFERRED && form.getReferral() == null) {
            throw new ValidationFailure("request.referral.required", "referral");
        }
        Input.maxLength(form.getDescription(), 2000, "description");
        Input.maxLength(form.getNotes(), 2000, "notes");
        Input.maxLength(form.getReferralNote(), 200, "referralNote");
    }

    // --- load, matching, settings ---

    @Allow(Caller.BOARD)
    public LogbookSettings settings() {
        return em.createQuery("select s from LogbookSettings s", LogbookSettings.class)
                .getResultStream()
                .findFirst()
                .orElseGet(LogbookSettings::new);
    }

    @Allow(Caller.BOARD_ADMIN)
    public LogbookSettings saveSettings(LogbookSettingsForm form) {
        if (form.getWeeklyHoursLimit() == null
                || form.getWeeklyHoursLimit().signum() <= 0
                || form.getWeeklyHoursLimit().compareTo(BigDecimal.valueOf(168)) > 0) {
            throw new ValidationFailure("logbook.limit.hours", "hoursLimit");
        }
        if (form.getWeeklyRequestsLimit() <= 0 || form.getWeeklyRequestsLimit() > 100) {
            throw new ValidationFailure("logbook.limit.requests", "requestsLimit");
        }
        LogbookSettings settings = em.createQuery("select s from LogbookSettings s", LogbookSettings.class)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (settings == null) {
            settings = new LogbookSettings();
            em.persist(settings);
        } else if (settings.getVersion() != form.getVersion()) {
            throw new ConcurrentEditException();
        }
        settings.setWeeklyHoursLimit(form.getWeeklyHoursLimit());
        settings.setWeeklyRequestsLimit(form.getWeeklyRequestsLimit());
        em.flush();
        audit.record(
                AuditAction.UPDATE,
                SETTINGS,
                settings.getId(),
                settings.getWeeklyHoursLimit().stripTrailingZeros().toPlainString() + " h / "
                        + settings.getWeeklyRequestsLimit());
        return settings;
    }

    /**
     * Every active volunteer's requests and hours in the {@value #LOAD_WEEKS} weeks up to the one
     * around {@code today}, and in today's month, in two queries.
     */
    @Allow(Caller.BOARD)
    public List<VolunteerLoad> load(LocalDate today) {
        LogbookSettings limits = settings();
        LocalDate lastMonday = monday(today);
        LocalDate firstMonday = lastMonday.minusWeeks(LOAD_WEEKS - 1L);
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate from = firstMonday.isBefore(monthStart) ? firstMonday : monthStart;
        List<Object[]> rows = em.createQuery(
                        "select a.volunteer.id, r.requestedOn, a.hours from HelpAssignment a join a.request r "
                                + "where r.requestedOn between :from and :to",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", lastMonday.plusDays(6))
                .getResultList();
        List<VolunteerLoad> loads = new ArrayList<>();
        for (Volunteer volunteer : em.createQuery(
                        "select v from Volunteer v where v.active = true order by v.name", Volunteer.class)
                .getResultList()) {
            List<VolunteerLoad.Week> weeks = new ArrayList<>();
            for (LocalDate monday = firstMonday; !monday.isAfter(lastMonday); monday = monday.plusWeeks(1)) {
                LocalDate start = monday;
                List<Object[]> inWeek = rows.stream()
                        .filter(row -> row[0].equals(volunteer.getId())
                                && !((LocalDate) row[1]).isBefore(start)
                                && !((LocalDate) row[1]).isAfter(start.plusDays(6)))
                        .toList();
                BigDecimal weekHours = sum(inWeek);
                weeks.add(new VolunteerLoad.Week(
                        monday,
                        inWeek.size(),
                        weekHours,
                        weekHours.compareTo(limits.getWeeklyHoursLimit()) > 0
                                || inWeek.size() > limits.getWeeklyRequestsLimit()));
            }
            List<Object[]> inMonth = rows.stream()
                    .filter(row -> row[0].equals(volunteer.getId())
                            && ((LocalDate) row[1]).getMonth() == today.getMonth()
                            && ((LocalDate) row[1]).getYear() == today.getYear())
                    .toList();
            loads.add(new VolunteerLoad(withoutContact(volunteer), weeks, inMonth.size(), sum(inMonth)));
        }
        return loads;
    }

    /**
     * Volunteers for a request of this category: those who like this kind of help first, then the
     * least busy this week; overloaded volunteers last.
     */
    @Allow(Caller.BOARD)
    public List<Suggestion> suggestions(long categoryId, LocalDate today) {
        Set<Long> liking = new HashSet<>(
                em.createQuery("select v.id from Volunteer v join v.affinities c where c.id = :category", Long.class)
                        .setParameter("category", categoryId)
                        .getResultList());
        return load(today).stream()
                .map(l -> new Suggestion(
                        l.volunteer(), liking.contains(l.volunteer().getId()), l.current()))
                .sorted(Comparator.comparing((Suggestion s) -> s.week().overloaded())
                        .thenComparing(s -> !s.affinity())
                        .thenComparing(s -> s.week().hours())
                        .thenComparing(s -> s.volunteer().getName()))
                .toList();
    }

    /** The year's figures for the annual overview. */
    @Allow(Caller.BOARD)
    public AnnualOverview annual(int year) {
        List<HelpRequest> requests = em.createQuery(
                        "select r from HelpRequest r join fetch r.category "
                                + "where r.requestedOn between :from and :to",
                        HelpRequest.class)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year, 12, 31))
                .setHint(QueryHints.BATCH, "r.assignments")
                .setHint(QueryHints.BATCH_TYPE, "IN")
                .getResultList();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, BigDecimal> hours = new HashMap<>();
        categories().forEach(c -> counts.put(c.getName(), new int[1]));
        Map<Referral, Integer> referrals = new EnumMap<>(Referral.class);
        Set<Long> active = new HashSet<>();
        int competing = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (HelpRequest request : requests) {
            String category = request.getCategory().getName();
            counts.computeIfAbsent(category, c -> new int[1])[0]++;
            BigDecimal spent = request.hours();
            hours.merge(category, spent, BigDecimal::add);
            total = total.add(spent);
            request.getAssignments().forEach(a -> active.add(a.getVolunteer().getId()));
            if (request.getStatus() == HelpStatus.REFERRED) {
                referrals.merge(request.getReferral(), 1, Integer::sum);
            }
            if (request.getCompetition() == Competition.POSSIBLY) {
                competing++;
            }
        }
        List<AnnualOverview.CategoryLine> lines = counts.entrySet().stream()
                .map(e -> new AnnualOverview.CategoryLine(
                        e.getKey(), e.getValue()[0], hours.getOrDefault(e.getKey(), BigDecimal.ZERO)))
                .toList();
        return new AnnualOverview(year, lines, requests.size(), total, active.size(), referrals, competing);
    }

    // --- helpers ---

    /** The knowledge centre's admins see volunteers without their contact details. */
    private static boolean mayReadContact(Standing standing) {
        return standing != Standing.ADMIN;
    }

    private Volunteer withoutContact(Volunteer volunteer) {
        em.detach(volunteer);
        volunteer.setPhone(null);
        volunteer.setEmail(null);
        return volunteer;
    }

    private static BigDecimal sum(List<Object[]> rows) {
        return rows.stream().map(row -> (BigDecimal) row[2]).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
