package nl.cmostamm.portal.portfolio;

import static nl.cmostamm.portal.portfolio.Columns.date;
import static nl.cmostamm.portal.portfolio.Columns.decimal;
import static nl.cmostamm.portal.portfolio.Columns.instant;
import static nl.cmostamm.portal.portfolio.Columns.number;
import static nl.cmostamm.portal.portfolio.Columns.sql;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.goal.Frequency;
import nl.cmostamm.portal.goal.GoalProgress;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.goal.Light;
import nl.cmostamm.portal.logbook.LogbookService;
import nl.cmostamm.portal.logbook.VolunteerLoad;
import nl.cmostamm.portal.method.outcome.OutcomeRecord;
import nl.cmostamm.portal.method.outcome.OutcomeRecordService;
import nl.cmostamm.portal.method.sroi.FinalRatio;
import nl.cmostamm.portal.method.sroi.SroiService;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * Works out one initiative's signal, its key figures and alerts, inside that initiative's tenant and
 * in the name of someone admitted to it, and stores it for the dashboard (see {@code V16}). Where a
 * module already answers a question (lights, volunteers' load, the SROI ratio, the outcome record)
 * its service is asked, so the dashboard says what the module's own pages (and the fact sheet) say; plain counts are
 * single queries. The rules:
 *
 * <ul>
 *   <li>participants: visits to activities plus help requests in the last twelve months;
 *       volunteer hours: activities' and help requests' hours in the same twelve months;
 *   <li>responses: survey responses since the start of the current half year (1 January or 1 July);
 *   <li>a volunteer's load alert: any week the load view shows over the help desk's limits;
 *   <li>a wave alert: closing within {@value #WAVE_CLOSING_DAYS} days, or closed in the last
 *       {@value #WAVE_EMPTY_DAYS} days without a response;
 *   <li>an indicator alert: no measurement ending in the last three months (twelve for a yearly
 *       indicator; a once-only indicator once measured never alerts);
 *   <li>a ToC alert: elements exist and neither a version was frozen nor the step plan worked on for
 *       a year;
 *   <li>an invitation alert: a board member's invitation unused for more than a week, who never
 *       set a password.
 * </ul>
 */
@Stateless
@Guarded
public class PortfolioSignals {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final int WAVE_CLOSING_DAYS = 7;
    static final int WAVE_EMPTY_DAYS = 30;
    static final int INVITATION_DAYS = 7;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    GoalService goals;

    @EJB
    LogbookService logbook;

    @EJB
    SroiService sroi;

    @EJB
    OutcomeRecordService outcomes;

    /** Refreshes the entered initiative's signal in a transaction of its own. */
    @Allow(Caller.BOARD)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refresh() {
        long id = Tenancy.requireInitiative();
        LocalDate today = LocalDate.now(ZONE);
        LocalDate yearAgo = today.minusYears(1);
        LocalDate halfYear = today.withDayOfMonth(1).withMonth(today.getMonthValue() <= 6 ? 1 : 7);

        Object[] activities = single(
                "select coalesce(sum(participants), 0), coalesce(sum(volunteer_hours), 0) from activity_occurrence"
                        + " where initiative_id = ?1 and occurred_on > ?2 and occurred_on <= ?3",
                id,
                yearAgo,
                today);
        Object[] help = single(
                "select count(distinct r.id), coalesce(sum(a.hours), 0) from help_request r left join help_assignment a"
                        + " on a.initiative_id = r.initiative_id and a.help_request_id = r.id"
                        + " where r.initiative_id = ?1 and r.requested_on > ?2 and r.requested_on <= ?3",
                id,
                yearAgo,
                today);
        Object[] stories = single(
                "select count(*) filter (where withdrawn_on is null and (internal_learning or reports or publication)),"
                        + " max(coalesce(withdrawn_at, withdrawn_on)) from story_consent where initiative_id = ?1",
                id);
        Object[] choice = first(
                "select phase, methods from method_choice where initiative_id = ?1 order by chosen_at desc, id desc",
                id);
        int participants = number(activities[0]).intValue() + number(help[0]).intValue();
        BigDecimal hours = decimal(activities[1]).add(decimal(help[1]));
        int volunteers = number(scalar("select count(*) from volunteer where initiative_id = ?1 and active", id))
                .intValue();
        int responses = number(scalar(
                        "select count(*) from survey_response where initiative_id = ?1 and submitted_on >= ?2",
                        id,
                        halfYear))
                .intValue();
        Object lastActivity = scalar(
                "select max(occurred_at) from audit_entry where initiative_id = ?1"
                        + " and action in ('CREATE', 'UPDATE', 'DELETE', 'IMPORT')",
                id);
        OutcomeRecord.Coverage coverage = outcomes.coverage();
        // the final ratio the fact sheet shows too: the latest final analysis, with its range
        FinalRatio ratio = sroi.latestFinalRatio().orElse(null);

        List<Alert> alerts = new ArrayList<>();
        loadAlerts(today, alerts);
        waveAlerts(id, today, alerts);
        goalAlerts(today, alerts);
        tocAlert(id, today, alerts);
        invitationAlerts(id, today, alerts);

        // an alert found again keeps the moment it was first seen: the morning e-mail tells only new ones
        Map<String, Instant> firstSeen = new HashMap<>();
        for (Object row : sql(em, "select kind, subject, first_seen_at from initiative_alert where initiative_id = ?1")
                .setParameter(1, id)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            firstSeen.merge(columns[0] + "|" + columns[1], instant(columns[2]), (a, b) -> a.isBefore(b) ? a : b);
        }
        sql(em, "delete from initiative_alert where initiative_id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        Instant now = Instant.now();
        for (Alert alert : alerts) {
            String subject = cut(alert.subject(), 200);
            sql(
                            em,
                            "insert into initiative_alert (initiative_id, kind, subject, due_on, first_seen_at)"
                                    + " values (?1, ?2, ?3, cast(?4 as date), ?5)")
                    .setParameter(1, id)
                    .setParameter(2, alert.kind().name())
                    .setParameter(3, subject)
                    .setParameter(4, alert.due() == null ? null : Date.valueOf(alert.due()))
                    .setParameter(
                            5,
                            Timestamp.from(firstSeen.getOrDefault(alert.kind().name() + "|" + subject, now)))
                    .executeUpdate();
        }
        sql(em, "delete from initiative_signal_theme where initiative_id = ?1")
                .setParameter(1, id)
                .executeUpdate();
        sql(
                        em,
                        "insert into initiative_signal_theme (initiative_id, theme)"
                                + " select distinct initiative_id, name from value_theme where initiative_id = ?1")
                .setParameter(1, id)
                .executeUpdate();

        sql(
                        em,
                        "insert into initiative_signal (initiative_id, refreshed_at, last_activity, phase, methods,"
                                + " participants, volunteers, volunteer_hours, responses, stories_with_consent, outcomes,"
                                + " outcomes_evidenced, sroi_ratio, sroi_low, sroi_high, sroi_final_on, consent_withdrawn_at)"
                                + " values (?1, ?2, cast(?3 as timestamptz), ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, cast(?13 as numeric),"
                                + " cast(?14 as numeric), cast(?15 as numeric), cast(?16 as date), cast(?17 as timestamptz))"
                                + " on conflict (initiative_id) do update set refreshed_at = excluded.refreshed_at,"
                                + " last_activity = excluded.last_activity, phase = excluded.phase, methods = excluded.methods,"
                                + " participants = excluded.participants, volunteers = excluded.volunteers,"
                                + " volunteer_hours = excluded.volunteer_hours, responses = excluded.responses,"
                                + " stories_with_consent = excluded.stories_with_consent, outcomes = excluded.outcomes,"
                                + " outcomes_evidenced = excluded.outcomes_evidenced, sroi_ratio = excluded.sroi_ratio,"
                                + " sroi_low = excluded.sroi_low, sroi_high = excluded.sroi_high,"
                                + " sroi_final_on = excluded.sroi_final_on, consent_withdrawn_at = excluded.consent_withdrawn_at")
                .setParameter(1, id)
                .setParameter(2, Timestamp.from(Instant.now()))
                .setParameter(3, lastActivity == null ? null : Timestamp.from(instant(lastActivity)))
                .setParameter(4, choice == null ? null : choice[0])
                .setParameter(5, choice == null ? "" : choice[1])
                .setParameter(6, participants)
                .setParameter(7, volunteers)
                .setParameter(8, hours)
                .setParameter(9, responses)
                .setParameter(10, number(stories[0]).intValue())
                .setParameter(11, coverage.outcomes())
                .setParameter(12, coverage.evidenced())
                .setParameter(13, ratio == null ? null : ratio.ratio())
                .setParameter(14, ratio == null ? null : ratio.lowest())
                .setParameter(15, ratio == null ? null : ratio.highest())
                .setParameter(16, ratio == null ? null : Date.valueOf(ratio.finalisedOn()))
                .setParameter(17, stories[1] == null ? null : Timestamp.from(instant(stories[1])))
                .executeUpdate();
    }

    private void loadAlerts(LocalDate today, List<Alert> alerts) {
        for (VolunteerLoad load : logbook.load(today)) {
            load.weeks().stream()
                    .filter(VolunteerLoad.Week::overloaded)
                    .map(VolunteerLoad.Week::monday)
                    .max(Comparator.naturalOrder())
                    .ifPresent(week -> alerts.add(
                            new Alert(AlertKind.VOLUNTEER_LOAD, load.volunteer().getName(), week)));
        }
    }

    private void waveAlerts(long id, LocalDate today, List<Alert> alerts) {
        for (Object[] wave : rows(
                "select s.name, w.name, w.closes_on, (select count(*) from survey_response r where r.wave_id = w.id)"
                        + " from survey_wave w join survey s on s.initiative_id = w.initiative_id and s.id = w.survey_id"
                        + " where w.initiative_id = ?1 and w.closes_on >= ?2 and w.closes_on <= ?3"
                        + " order by w.closes_on, s.name, w.name",
                id,
                today.minusDays(WAVE_EMPTY_DAYS),
                today.plusDays(WAVE_CLOSING_DAYS))) {
            LocalDate closes = date(wave[2]);
            String subject = wave[0] + " – " + wave[1];
            if (!closes.isBefore(today)) {
                alerts.add(new Alert(AlertKind.WAVE_CLOSING, subject, closes));
            } else if (number(wave[3]).longValue() == 0) {
                alerts.add(new Alert(AlertKind.WAVE_EMPTY, subject, closes));
            }
        }
    }

    private void goalAlerts(LocalDate today, List<Alert> alerts) {
        for (GoalProgress goal : goals.overview()) {
            boolean red = false;
            for (GoalProgress.IndicatorProgress indicator : goal.indicators()) {
                red |= indicator.light() == Light.RED;
                GoalProgress.Point latest = indicator.latest();
                Frequency frequency = indicator.indicator().getFrequency();
                if (latest != null && frequency == Frequency.ONCE) {
                    continue;
                }
                LocalDate limit = frequency == Frequency.YEARLY ? today.minusYears(1) : today.minusMonths(3);
                if (latest == null || latest.periodEnd().isBefore(limit)) {
                    alerts.add(new Alert(
                            AlertKind.INDICATOR_STALE,
                            indicator.indicator().getName(),
                            latest == null ? null : latest.periodEnd()));
                }
            }
            if (red) {
                alerts.add(new Alert(AlertKind.GOAL_OFF_TRACK, goal.goal().getTitle(), null));
            }
        }
    }

    private void tocAlert(long id, LocalDate today, List<Alert> alerts) {
        Object[] toc = single(
                "select (select count(*) from toc_element where initiative_id = ?1),"
                        + " greatest((select max(frozen_at) from toc_version where initiative_id = ?1),"
                        + " (select max(updated_at) from toc_plan where initiative_id = ?1))",
                id);
        if (number(toc[0]).longValue() > 0 && toc[1] != null) {
            LocalDate reviewed = LocalDate.ofInstant(instant(toc[1]), ZONE);
            if (reviewed.isBefore(today.minusYears(1))) {
                alerts.add(new Alert(AlertKind.TOC_UNREVIEWED, "", reviewed));
            }
        }
    }

    private void invitationAlerts(long id, LocalDate today, List<Alert> alerts) {
        Instant weekAgo = today.atStartOfDay(ZONE).toInstant().minus(INVITATION_DAYS, ChronoUnit.DAYS);
        for (Object[] invited : rows(
                "select a.display_name, min(t.created_at) from board_membership m join account a on a.id = m.account_id"
                        + " join auth_token t on t.account_id = a.id and t.purpose = 'INVITATION' and t.used_at is null"
                        + " where m.initiative_id = ?1 and a.password_hash is null and t.created_at < ?2"
                        + " group by a.id, a.display_name order by a.display_name",
                id,
                Timestamp.from(weekAgo))) {
            alerts.add(new Alert(
                    AlertKind.INVITATION_OPEN, (String) invited[0], LocalDate.ofInstant(instant(invited[1]), ZONE)));
        }
    }

    private static String cut(String text, int max) {
        // a name stored elsewhere is at most 200 characters; the wave's "survey – wave" may be longer
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private Query query(String sql, Object... values) {
        Query query = sql(em, sql);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i] instanceof LocalDate d ? Date.valueOf(d) : values[i];
            query.setParameter(i + 1, value);
        }
        return query;
    }

    private Object scalar(String sql, Object... values) {
        return query(sql, values).getSingleResult();
    }

    private Object[] single(String sql, Object... values) {
        return (Object[]) query(sql, values).getSingleResult();
    }

    private Object[] first(String sql, Object... values) {
        List<Object[]> found = rows(sql, values);
        return found.isEmpty() ? null : found.get(0);
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... values) {
        return query(sql, values).setMaxResults(1000).getResultList();
    }
}
