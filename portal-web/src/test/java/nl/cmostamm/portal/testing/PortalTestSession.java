package nl.cmostamm.portal.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Stops the shared PostgreSQL and Payara Micro when the test JVM's JUnit session ends. Registered
 * through {@code META-INF/services}; it starts nothing itself, so unit-test runs stay free of servers.
 */
public class PortalTestSession implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            TestEnvironment.shutDown();
        } catch (Exception e) {
            throw new IllegalStateException("Stopping the test servers failed", e);
        }
    }
}
