package nl.cmostamm.portal.testing;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts the shared PostgreSQL when the integration-test JVM's JUnit session opens (before
 * Arquillian deploys anything that needs it) and stops it, with the shared Payara Micro, when the
 * session ends. Registered through {@code META-INF/services}; only failsafe sets
 * {@code portal.test.it}, so unit-test runs stay free of servers.
 */
public class PortalTestSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (Boolean.getBoolean("portal.test.it")) {
            TestEnvironment.database();
            if (!"false".equals(System.getProperty("portal.test.cluster"))) {
                TestCluster.startInBackground();
            }
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            TestCluster.shutDown();
            TestEnvironment.shutDown();
        } catch (Exception e) {
            throw new IllegalStateException("Stopping the test servers failed", e);
        }
    }
}
