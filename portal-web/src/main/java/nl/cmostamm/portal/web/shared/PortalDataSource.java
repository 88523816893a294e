package nl.cmostamm.portal.web.shared;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's connection pool, as the role that owns nothing and cannot bypass row-level
 * security. Defined here rather than in the EJB module because Payara Server resolves it for the
 * whole application from the WAR; both runtimes read the values from MicroProfile Config
 * (environment variables {@code PORTAL_DB_URL}, {@code PORTAL_DB_USER}, {@code PORTAL_DB_PASSWORD}).
 * Each transaction holds one connection (exclusive connection mode), so the pool is sized for the
 * expected concurrent requests.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/portal",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=portal.db.url}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 40,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
@ApplicationScoped
public class PortalDataSource {}
