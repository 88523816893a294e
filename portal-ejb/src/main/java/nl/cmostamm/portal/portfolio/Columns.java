package nl.cmostamm.portal.portfolio;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.persistence.config.QueryHints;

/**
 * The portfolio's SQL: native queries (the dashboard reads across tenants, which the entities'
 * tenant discriminator would not allow; row-level security still applies), and their columns as the
 * PostgreSQL driver hands them over, read null-safe.
 */
final class Columns {

    private Columns() {}

    /** A native query; EclipseLink refuses them in a unit with multitenant entities unless asked. */
    static Query sql(EntityManager em, String sql) {
        return em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    }

    static Number number(Object value) {
        return (Number) value;
    }

    static BigDecimal decimal(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime t) {
            return t.toInstant();
        }
        return (Instant) value;
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
