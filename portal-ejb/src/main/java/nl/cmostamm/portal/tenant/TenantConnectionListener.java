package nl.cmostamm.portal.tenant;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Hands the transaction's tenant and account to PostgreSQL's row-level security.
 *
 * <p>Registered with {@code eclipselink.session-event-listener}, together with
 * {@code eclipselink.jdbc.exclusive-connection.mode=Always}: every transaction then holds one
 * connection for all its reads and writes, and right after EclipseLink acquires it this listener
 * runs {@code set_config(..., true)} on it. The settings are transaction-local, so nothing carries
 * over to the next user of the pooled connection; a connection acquired without a tenant gets an
 * empty setting, and the policies then show no tenant rows at all.
 */
public class TenantConnectionListener extends SessionEventAdapter {

    private static final String SET_SCOPE =
            "select set_config('app.tenant_id', ?, true), set_config('app.account_id', ?, true)";

    @Override
    public void postAcquireExclusiveConnection(SessionEvent event) {
        applyScope(event);
    }

    @Override
    public void postAcquireConnection(SessionEvent event) {
        applyScope(event);
    }

    private static void applyScope(SessionEvent event) {
        if (!(event.getResult() instanceof Accessor accessor)) {
            return;
        }
        Connection connection = accessor.getConnection();
        if (connection == null) {
            return;
        }
        Session session = event.getSession();
        try (PreparedStatement statement = connection.prepareStatement(SET_SCOPE)) {
            statement.setString(1, text(session.getProperty(TenantOwned.TENANT_PROPERTY)));
            statement.setString(2, text(session.getProperty(TenantOwned.ACCOUNT_PROPERTY)));
            statement.execute();
        } catch (SQLException e) {
            // Without the setting the database would show nothing; better to fail loudly.
            throw new IllegalStateException("Could not set the tenant on the database connection", e);
        }
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
