package nl.cmostamm.portal.portfolio;

import static nl.cmostamm.portal.portfolio.Columns.date;
import static nl.cmostamm.portal.portfolio.Columns.decimal;
import static nl.cmostamm.portal.portfolio.Columns.instant;
import static nl.cmostamm.portal.portfolio.Columns.number;
import static nl.cmostamm.portal.portfolio.Columns.sql;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.initiative.InitiativeStatus;
import nl.cmostamm.portal.initiative.Province;
import nl.cmostamm.portal.initiative.SocialBasisLevel;
import nl.cmostamm.portal.method.Method;
import nl.cmostamm.portal.method.chooser.Phase;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.shared.Paging;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * The dashboard over the current account's portfolio: pages of initiatives with their stored
 * signals, the counts behind its charts, a municipality's roll-up, and the account's saved filters.
 *
 * <p>Reads only the initiatives' own rows and their signals (see {@code V16}); row-level security
 * shows both only for initiatives the account may see, and every query also says so itself. A page
 * costs two queries whatever its size (the rows and their alerts); the count and the charts are
 * one more ({@link #summary}).
 */
@Stateless
@Guarded
public class DashboardService {

    /** Without a last visit, a withdrawal counts as news for this many days. */
    static final int CONSENT_NEWS_DAYS = 90;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Allow(Caller.SIGNED_IN)
    public List<Signal> page(DashboardFilter filter, DashboardSort sort, boolean ascending, int first, int pageSize) {
        Where where = where(filter);
        String direction = ascending ? " asc nulls last" : " desc nulls last";
        Query query = sql(
                em,
                "select i.id, i.slug, i.name, i.municipality, i.province,"
                        + " i.social_basis_level, i.status, s.refreshed_at, s.last_activity, s.phase, s.methods,"
                        + " s.participants, s.volunteers, s.volunteer_hours, s.responses, s.stories_with_consent,"
                        + " s.outcomes, s.outcomes_evidenced, s.sroi_ratio, s.sroi_low, s.sroi_high, s.sroi_final_on,"
                        + " " + CONSENT_NEWS + " as consent_news, s.consent_withdrawn_at,"
                        + " (select string_agg(a.kind || chr(31) || a.subject || chr(31)"
                        + " || coalesce(cast(a.due_on as varchar), ''), chr(30) order by a.kind, a.due_on nulls last,"
                        + " a.subject) from initiative_alert a where a.initiative_id = i.id) as alerts,"
                        + " (select count(*) from initiative_alert a where a.initiative_id = i.id)"
                        + " + case when " + CONSENT_NEWS + " then 1 else 0 end as alert_count"
                        + FROM + where.sql
                        + " order by " + sort.sql() + direction + ", lower(i.name), i.id");
        where.bind(query);
        List<Object[]> rows = rows(query.setFirstResult(Paging.first(first)).setMaxResults(Paging.size(pageSize)));
        List<Signal> signals = new ArrayList<>();
        for (Object[] r : rows) {
            long id = number(r[0]).longValue();
            List<Alert> all = alerts((String) r[24]);
            if (Boolean.TRUE.equals(r[22])) {
                all.add(new Alert(
                        AlertKind.CONSENT_WITHDRAWN, "", LocalDate.ofInstant(instant(r[23]), PortfolioSignals.ZONE)));
            }
            signals.add(new Signal(
                    id,
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    Province.valueOf((String) r[4]),
                    SocialBasisLevel.valueOf((String) r[5]),
                    InitiativeStatus.valueOf((String) r[6]),
                    instant(r[7]),
                    instant(r[8]),
                    r[9] == null ? null : Phase.valueOf((String) r[9]),
                    methods((String) r[10]),
                    r[7] == null
                            ? Signal.Figures.NONE
                            : new Signal.Figures(
                                    number(r[11]).intValue(),
                                    number(r[12]).intValue(),
                                    decimal(r[13]),
                                    number(r[14]).intValue(),
                                    number(r[15]).intValue(),
                                    number(r[16]).intValue(),
                                    number(r[17]).intValue()),
                    r[18] == null ? null : new Signal.Sroi(decimal(r[18]), decimal(r[19]), decimal(r[20]), date(r[21])),
                    List.copyOf(all)));
        }
        return signals;
    }

    /**
     * What the dashboard shows about the filtered initiatives besides their rows, in one query: how
     * many there are, how many have figures refreshed before {@code refreshedBefore} (or none), and
     * how many are in each phase and use each method (one initiative may use several).
     */
    @Allow(Caller.SIGNED_IN)
    public Summary summary(DashboardFilter filter, Instant refreshedBefore) {
        Where where = where(filter);
        String before = where.bind(Timestamp.from(refreshedBefore));
        StringBuilder select =
                new StringBuilder("select s.phase, count(*), count(*) filter (where s.refreshed_at is null"
                        + " or s.refreshed_at < " + before + ")");
        for (Method method : Method.values()) {
            select.append(", count(*) filter (where ")
                    .append(usesMethod(method))
                    .append(')');
        }
        Query query = sql(em, select + FROM + where.sql + " group by s.phase");
        where.bind(query);
        long total = 0;
        long stale = 0;
        Map<Phase, Long> perPhase = new LinkedHashMap<>();
        for (Phase phase : Phase.values()) {
            perPhase.put(phase, 0L);
        }
        perPhase.put(null, 0L);
        Map<Method, Long> perMethod = new EnumMap<>(Method.class);
        for (Method method : Method.values()) {
            perMethod.put(method, 0L);
        }
        for (Object[] row : rows(query)) {
            long count = number(row[1]).longValue();
            total += count;
            stale += number(row[2]).longValue();
            perPhase.put(row[0] == null ? null : Phase.valueOf((String) row[0]), count);
            for (Method method : Method.values()) {
                perMethod.merge(method, number(row[3 + method.ordinal()]).longValue(), Long::sum);
            }
        }
        return new Summary(total, stale, perPhase, perMethod);
    }

    /**
     * The filtered initiatives whose figures were refreshed before {@code refreshedBefore} (or never),
     * those never worked out first, at most {@code max}: what the dashboard refreshes next.
     */
    @Allow(Caller.SIGNED_IN)
    public List<Long> stale(DashboardFilter filter, Instant refreshedBefore, int max) {
        Where where = where(filter);
        String before = where.bind(Timestamp.from(refreshedBefore));
        Query query = sql(
                em,
                "select i.id" + FROM + where.sql + " and (s.refreshed_at is null or s.refreshed_at < " + before
                        + ") order by s.refreshed_at nulls first, i.id");
        where.bind(query);
        return query.setMaxResults(Math.max(1, max)).getResultList().stream()
                .map(id -> number(id).longValue())
                .toList();
    }

    /** The municipalities and value themes of the account's portfolio, for the filters' choices. */
    @Allow(Caller.SIGNED_IN)
    public Choices choices() {
        Where where = where(DashboardFilter.NONE);
        Query query = sql(
                em,
                "select distinct 'M', i.municipality" + FROM + where.sql
                        + " union all select distinct 'T', t.theme from initiative_signal_theme t where t.initiative_id in"
                        + " (select i.id" + FROM + where.sql + ") order by 1, 2");
        where.bind(query);
        List<String> municipalities = new ArrayList<>();
        List<String> themes = new ArrayList<>();
        for (Object[] row : rows(query)) {
            ("M".equals(row[0]) ? municipalities : themes).add((String) row[1]);
        }
        return new Choices(List.copyOf(municipalities), List.copyOf(themes));
    }

    /** The filters' choices that depend on the portfolio. */
    public record Choices(List<String> municipalities, List<String> themes) implements java.io.Serializable {}

    /** The counts beside the dashboard's rows: see {@link #summary}. */
    public record Summary(long total, long stale, Map<Phase, Long> perPhase, Map<Method, Long> perMethod)
            implements java.io.Serializable {}

    /**
     * One municipality's totals across the active initiatives of the portfolio there, with every
     * figure under {@link RollUp#SMALL} withheld. For the knowledge centre's staff only.
     */
    @Allow(Caller.ADVISOR)
    public RollUp rollUp(String municipality) {
        String wanted = Input.required(municipality, 100, "rollup.municipality.required", "municipality");
        Where where = where(
                new DashboardFilter(null, wanted, null, InitiativeStatus.ACTIVE, null, null, null, null, null, false));
        Query query = sql(
                em,
                "select count(*), coalesce(sum(s.volunteers), 0),"
                        + " coalesce(sum(s.volunteer_hours), 0), coalesce(sum(s.participants), 0),"
                        + " coalesce(sum(s.outcomes_evidenced), 0), count(*) filter (where s.refreshed_at is null),"
                        + " min(s.refreshed_at)"
                        + FROM + where.sql);
        where.bind(query);
        Object[] row = (Object[]) query.getSingleResult();
        if (number(row[0]).longValue() == 0) {
            throw new ValidationFailure("rollup.municipality.unknown", "municipality");
        }
        // with fewer than five initiatives a total tells too much about each: then none is shown
        boolean few = number(row[0]).longValue() < RollUp.SMALL;
        return new RollUp(
                wanted,
                RollUp.Figure.of(decimal(row[0])),
                few ? RollUp.Figure.WITHHELD : RollUp.Figure.of(decimal(row[1])),
                few ? RollUp.Figure.WITHHELD : RollUp.Figure.of(decimal(row[2])),
                few ? RollUp.Figure.WITHHELD : RollUp.Figure.of(decimal(row[3])),
                few ? RollUp.Figure.WITHHELD : RollUp.Figure.of(decimal(row[4])),
                number(row[5]).intValue(),
                instant(row[6]));
    }

    /** Notes that the current account entered {@code initiativeId} now: consent news starts afresh. */
    @Allow(Caller.BOARD)
    public void visited() {
        sql(
                        em,
                        "insert into initiative_visit (account_id, initiative_id, visited_at) values (?1, ?2, now())"
                                + " on conflict (account_id, initiative_id) do update set visited_at = now()")
                .setParameter(1, Tenancy.requireAccount())
                .setParameter(2, Tenancy.requireInitiative())
                .executeUpdate();
    }

    @Allow(Caller.SIGNED_IN)
    public List<SavedFilter> savedFilters() {
        return em.createNamedQuery(SavedFilter.MINE, SavedFilter.class)
                .setParameter("account", Tenancy.requireAccount())
                .getResultList();
    }

    /** Saves {@code filter} under {@code name}; a name the account already uses is refused. */
    @Allow(Caller.SIGNED_IN)
    public SavedFilter saveFilter(String name, DashboardFilter filter) {
        String wanted = Input.required(name, SavedFilter.NAME_LENGTH, "filter.name.required", "name");
        long account = Tenancy.requireAccount();
        boolean taken = savedFilters().stream().anyMatch(f -> f.getName().equalsIgnoreCase(wanted));
        if (taken) {
            throw new ValidationFailure("filter.name.taken", "name");
        }
        SavedFilter saved = new SavedFilter(account, wanted, filter);
        em.persist(saved);
        em.flush();
        return saved;
    }

    @Allow(Caller.SIGNED_IN)
    public void deleteFilter(long id, long version) {
        SavedFilter filter = Input.find(em, SavedFilter.class, id, version);
        if (filter.getAccountId() != Tenancy.requireAccount()) {
            throw new AccessDeniedException("Not your filter");
        }
        em.remove(filter);
    }

    private static final String FROM = " from initiative i left join initiative_signal s on s.initiative_id = i.id";

    /** Whether a story's consent was withdrawn since the account's last visit (?1 is the account). */
    private static final String CONSENT_NEWS = "coalesce(s.consent_withdrawn_at > coalesce((select v.visited_at"
            + " from initiative_visit v where v.account_id = ?1 and v.initiative_id = i.id), now() - interval '"
            + CONSENT_NEWS_DAYS + " days'), false)";

    private static String usesMethod(Method method) {
        return "(',' || s.methods || ',') like '%," + method.name() + ",%'";
    }

    /** The WHERE clause for {@code filter}, always limited to the account's own portfolio. */
    private Where where(DashboardFilter filter) {
        // the guard has checked that the account exists and is active (Caller.SIGNED_IN and up)
        long accountId = Tenancy.requireAccount();
        Where where = new Where();
        where.values.add(accountId);
        // admins see every initiative, advisors those assigned to them, everyone the boards they sit
        // on: the same rule as the initiative table's policy, asked in the query itself (uncorrelated
        // subqueries, worked out once per query) rather than in extra round trips
        StringBuilder sql = new StringBuilder(" where (exists (select 1 from account a where a.id = ?1 and a.admin)"
                + " or i.id in (select m.initiative_id from board_membership m where m.account_id = ?1)"
                + " or (exists (select 1 from account a where a.id = ?1 and a.advisor)"
                + " and i.id in (select x.initiative_id from advisor_assignment x where x.account_id = ?1)))");
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = where.bind(Input.containing(filter.text()));
            sql.append(" and (lower(i.name) like ")
                    .append(like)
                    .append(" escape '\\' or lower(i.slug) like ")
                    .append(like)
                    .append(" escape '\\' or lower(i.municipality) like ")
                    .append(like)
                    .append(" escape '\\')");
        }
        if (filter.municipality() != null && !filter.municipality().isBlank()) {
            sql.append(" and i.municipality = ").append(where.bind(filter.municipality()));
        }
        if (filter.province() != null) {
            sql.append(" and i.province = ").append(where.bind(filter.province().name()));
        }
        if (filter.status() != null) {
            sql.append(" and i.status = ").append(where.bind(filter.status().name()));
        }
        if (filter.level() != null) {
            sql.append(" and i.social_basis_level = ")
                    .append(where.bind(filter.level().name()));
        }
        if (filter.phase() != null) {
            sql.append(" and s.phase = ").append(where.bind(filter.phase().name()));
        }
        if (filter.method() != null) {
            sql.append(" and ").append(usesMethod(filter.method()));
        }
        if (filter.theme() != null && !filter.theme().isBlank()) {
            sql.append(
                            " and exists (select 1 from initiative_signal_theme t where t.initiative_id = i.id and t.theme = ")
                    .append(where.bind(filter.theme()))
                    .append(')');
        }
        if (filter.alert() == AlertKind.CONSENT_WITHDRAWN) {
            sql.append(" and ").append(CONSENT_NEWS);
        } else if (filter.alert() != null) {
            sql.append(" and exists (select 1 from initiative_alert a where a.initiative_id = i.id and a.kind = ")
                    .append(where.bind(filter.alert().name()))
                    .append(')');
        }
        if (filter.withAlert()) {
            sql.append(" and (exists (select 1 from initiative_alert a where a.initiative_id = i.id) or ")
                    .append(CONSENT_NEWS)
                    .append(')');
        }
        where.sql = sql.toString();
        return where;
    }

    /**
     * A row's alerts as the page query aggregates them (kind, subject and due day separated by unit
     * separators, alerts by record separators: characters no name can hold, since names are typed
     * text without control characters), so a page needs no second query.
     */
    static List<Alert> alerts(String aggregated) {
        List<Alert> alerts = new ArrayList<>();
        if (aggregated != null && !aggregated.isEmpty()) {
            for (String alert : aggregated.split("\u001e")) {
                String[] parts = alert.split("\u001f", -1);
                alerts.add(new Alert(
                        AlertKind.valueOf(parts[0]), parts[1], parts[2].isEmpty() ? null : LocalDate.parse(parts[2])));
            }
        }
        return alerts;
    }

    /** A WHERE clause with its positional parameters; ?1 is always the account. */
    private static final class Where {
        private final List<Object> values = new ArrayList<>();
        private String sql;

        String bind(Object value) {
            values.add(value);
            return "?" + values.size();
        }

        void bind(Query query) {
            for (int i = 0; i < values.size(); i++) {
                query.setParameter(i + 1, values.get(i));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    static List<Method> methods(String joined) {
        List<Method> methods = new ArrayList<>();
        if (joined != null) {
            for (String name : joined.split(",")) {
                for (Method method : Method.values()) {
                    if (method.name().equals(name)) {
                        methods.add(method);
                    }
                }
            }
        }
        return List.copyOf(methods);
    }
}
