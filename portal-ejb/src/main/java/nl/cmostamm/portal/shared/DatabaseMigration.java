package nl.cmostamm.portal.shared;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date at start-up, as the owner role, before anything else touches it.
 *
 * <p>The application itself connects as a role that owns nothing; only this bean uses the owner's
 * credentials, and only when they are configured. Without them migrations are skipped and the
 * readiness check reports a schema that is behind. Runs without a container transaction because
 * Flyway manages its own.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    @Inject
    @ConfigProperty(name = PortalConfig.DB_URL)
    String url;

    @Inject
    @ConfigProperty(name = PortalConfig.DB_USER)
    String appUser;

    @Inject
    @ConfigProperty(name = PortalConfig.DB_PASSWORD)
    String appPassword;

    @Inject
    @ConfigProperty(name = PortalConfig.DB_OWNER_USER)
    Optional<String> ownerUser;

    @Inject
    @ConfigProperty(name = PortalConfig.DB_OWNER_PASSWORD)
    Optional<String> ownerPassword;

    @PostConstruct
    void migrate() {
        if (ownerUser.filter(user -> !user.isBlank()).isEmpty()) {
            LOG.info("PORTAL_DB_OWNER_USER is not set: schema migrations skipped");
            return;
        }
        if (!ROLE_NAME.matcher(appUser).matches()) {
            throw new IllegalStateException("PORTAL_DB_USER must be a plain lower-case role name");
        }
        var result = flyway(ownerUser.get(), ownerPassword.orElse("")).migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations applied)");
    }

    /** Whether every migration shipped with this build has been applied; read as the app role. */
    public boolean isSchemaCurrent() {
        return flyway(appUser, appPassword).info().pending().length == 0;
    }

    private Flyway flyway(String user, String password) {
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(url, user, password)
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", appUser))
                .failOnMissingLocations(true)
                .load();
    }
}
