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
import java.util.HashMap;
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
import nl.cmostamm.portal.security.Account;
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
 * costs three queries whatever its size: the page, its alerts, and the count.
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
                        + " (select count(*) from initiative_alert a where a.initiative_id = i.id)"
                        + " + case when " + CONSENT_NEWS + " then 1 else 0 end as alert_count"
                        + FROM + where.sql
                        + " order by " + sort.sql() + direction + ", lower(i.name), i.id");
        where.bind(query);
        List<Object[]> rows = rows(query.setFirstResult(Paging.first(first)).setMaxResults(Paging.size(pageSize)));
        List<Signal> signals = new ArrayList<>();
        Map<Long, List<Alert>> alerts =
                alerts(rows.stream().map(r -> number(r[0]).longValue()).toList());
        for (Object[] r : rows) {
            long id = number(r[0]).longValue();
            List<Alert> all = new ArrayList<>(alerts.getOrDefault(id, List.of()));
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

    @Allow(Caller.SIGNED_IN)
    public long count(DashboardFilter filter) {
        Where where = where(filter);
        Query query = sql(em, "select count(*)" + FROM + where.sql);
        where.bind(query);
        return number(query.getSingleResult()).longValue();
    }

    /** How many of the filtered initiatives are in each phase; those without a chosen phase under null. */
    @Allow(Caller.SIGNED_IN)
    public Map<Phase, Long> perPhase(DashboardFilter filter) {
        Where where = where(filter);
        Query query = sql(em, "select s.phase, count(*)" + FROM + where.sql + " group by s.phase");
        where.bind(query);
        Map<Phase, Long> counts = new LinkedHashMap<>();
        for (Phase phase : Phase.values()) {
            counts.put(phase, 0L);
        }
        counts.put(null, 0L);
        for (Object[] row : rows(query)) {
            counts.put(
                    row[0] == null ? null : Phase.valueOf((String) row[0]),
                    number(row[1]).longValue());
        }
        return counts;
    }

    /** How many of the filtered initiatives use each method (one initiative may use several). */
    @Allow(Caller.SIGNED_IN)
    public Map<Method, Long> perMethod(DashboardFilter filter) {
        Where where = where(filter);
        StringBuilder select = new StringBuilder("select ");
        for (Method method : Method.values()) {
            select.append(method.ordinal() == 0 ? "" : ", ")
                    .append("count(*) filter (where ")
                    .append(usesMethod(method))
                    .append(')');
        }
        Query query = sql(em, select + FROM + where.sql);
        where.bind(query);
        Object[] row = (Object[]) query.getSingleResult();
        Map<Method, Long> counts = new EnumMap<>(Method.class);
        for (Method method : Method.values()) {
            counts.put(method, number(row[method.ordinal()]).longValue());
        }
        return counts;
    }

    /**
     * The initiatives of the account's portfolio whose signal is missing or refreshed before {@code refreshedBefore},
     * those never worked out first, at most {@code max}: what the dashboard refreshes next.
     */
    @Allow(Caller.SIGNED_IN)
    public List<Long> stale(Instant refreshedBefore, int max) {
        Where where = where(DashboardFilter.NONE);
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

    /** The value themes of the portfolio's initiatives, for the filter's choices. */
    @Allow(Caller.SIGNED_IN)
    public List<String> themes() {
        Where where = where(DashboardFilter.NONE);
        Query query = sql(
                em,
                "select distinct t.theme from initiative_signal_theme t where t.initiative_id in" + " (select i.id"
                        + FROM + where.sql + ") order by t.theme");
        where.bind(query);
        @SuppressWarnings("unchecked")
        List<String> themes = query.getResultList();
        return themes;
    }

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
        return new RollUp(
                wanted,
                RollUp.Figure.of(decimal(row[0])),
                RollUp.Figure.of(decimal(row[1])),
                RollUp.Figure.of(decimal(row[2])),
                RollUp.Figure.of(decimal(row[3])),
                RollUp.Figure.of(decimal(row[4])),
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
        long accountId = Tenancy.requireAccount();
        Account account = em.find(Account.class, accountId);
        if (account == null || !account.isActive()) {
            throw new AccessDeniedException("Not logged in");
        }
        Where where = new Where();
        where.values.add(accountId);
        StringBuilder sql = new StringBuilder(" where ");
        if (account.isAdmin()) {
            sql.append("cast(?1 as bigint) is not null");
        } else {
            sql.append("(i.id in (select m.initiative_id from board_membership m where m.account_id = ?1)");
            if (account.isAdvisor()) {
                sql.append(" or i.id in (select x.initiative_id from advisor_assignment x where x.account_id = ?1)");
            }
            sql.append(')');
        }
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

    /** The alerts of the initiatives on one page, in one query. */
    private Map<Long, List<Alert>> alerts(List<Long> ids) {
        Map<Long, List<Alert>> byInitiative = new HashMap<>();
        if (ids.isEmpty()) {
            return byInitiative;
        }
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            in.append(i == 0 ? "?" : ", ?").append(i + 1);
        }
        Query query = sql(
                em,
                "select initiative_id, kind, subject, due_on from initiative_alert" + " where initiative_id in (" + in
                        + ") order by initiative_id, kind, due_on nulls last, subject");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        for (Object[] row : rows(query)) {
            byInitiative
                    .computeIfAbsent(number(row[0]).longValue(), k -> new ArrayList<>())
                    .add(new Alert(AlertKind.valueOf((String) row[1]), (String) row[2], date(row[3])));
        }
        return byInitiative;
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
