package nl.cmostamm.portal.web.operations;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import nl.cmostamm.portal.shared.DatabaseMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when PostgreSQL answers as the application role and every migration has been applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @EJB
    DatabaseMigration migration;

    @Override
    public HealthCheckResponse call() {
        try {
            boolean current = migration.isSchemaCurrent();
            return HealthCheckResponse.named("database")
                    .status(current)
                    .withData("schemaCurrent", current)
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("database")
                    .down()
                    .withData("error", e.getClass().getSimpleName())
                    .build();
        }
    }
}
