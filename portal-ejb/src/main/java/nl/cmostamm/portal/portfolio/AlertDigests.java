package nl.cmostamm.portal.portfolio;

import static nl.cmostamm.portal.portfolio.Columns.date;
import static nl.cmostamm.portal.portfolio.Columns.number;
import static nl.cmostamm.portal.portfolio.Columns.sql;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.security.Language;

/**
 * What the morning's run reads besides the signals: which initiatives to work out, who wants the
 * e-mail, and each advisor's new alerts. The last is read in the advisor's own name, so row-level
 * security shows exactly what their dashboard would; it is narrowed further to the initiatives they
 * are assigned to (an admin who also advises sees every initiative, but is mailed about their own).
 */
@Stateless
@Guarded
public class AlertDigests {

    /** An advisor who wants the e-mail. */
    public record Recipient(long id, String email, String name, Language language) {}

    /** One new alert of one initiative. */
    public record Line(String initiative, AlertKind kind, String subject, LocalDate due) {}

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The ids of the active initiatives, and nothing else of them (see {@code V24}). */
    @Allow(Caller.SERVICE)
    public List<Long> activeInitiatives() {
        return ((List<?>) sql(em, "select id from active_initiative_ids() id").getResultList())
                .stream().map(id -> number(id).longValue()).toList();
    }

    /** Active advisors who have not switched the e-mail off. */
    @Allow(Caller.SERVICE)
    public List<Recipient> recipients() {
        return ((List<?>) sql(
                                em,
                                "select id, email, display_name, preferred_language from account"
                                        + " where active and advisor and alert_digest order by id")
                        .getResultList())
                .stream()
                        .map(row -> {
                            Object[] columns = (Object[]) row;
                            return new Recipient(
                                    number(columns[0]).longValue(),
                                    (String) columns[1],
                                    (String) columns[2],
                                    Language.of((String) columns[3]));
                        })
                        .toList();
    }

    /**
     * The alerts first seen after {@code since} and up to {@code until} in the active initiatives
     * that {@code advisor} (the current account) is assigned to, by initiative name.
     */
    @Allow(Caller.SERVICE)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Line> newAlerts(long advisor, Instant since, Instant until) {
        return ((List<?>) sql(
                                em,
                                "select i.name, a.kind, a.subject, a.due_on from initiative_alert a"
                                        + " join initiative i on i.id = a.initiative_id"
                                        + " join advisor_assignment x on x.initiative_id = a.initiative_id"
                                        + " and x.account_id = ?1"
                                        + " where i.status = 'ACTIVE' and a.first_seen_at > ?2 and a.first_seen_at <= ?3"
                                        + " order by i.name, a.kind, a.subject")
                        .setParameter(1, advisor)
                        .setParameter(2, Timestamp.from(since))
                        .setParameter(3, Timestamp.from(until))
                        .getResultList())
                .stream()
                        .map(row -> {
                            Object[] columns = (Object[]) row;
                            return new Line(
                                    (String) columns[0],
                                    AlertKind.valueOf((String) columns[1]),
                                    (String) columns[2],
                                    date(columns[3]));
                        })
                        .toList();
    }
}
