package nl.cmostamm.portal.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import nl.cmostamm.portal.security.Unruled;
import nl.cmostamm.portal.tenant.TenantProbe;
import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The one deployment of all in-container tests: Payara Micro takes a single deployment per start,
 * and starting it for every test class cost about 13 s each, so every class that runs with
 * {@link ArquillianExtension} shares this one (named in {@code arquillian.xml}). The WAR carries
 * those test classes, found in the compiled tests, so a new one needs nothing added here.
 */
@ArquillianSuiteDeployment
public final class InContainerSuite {

    private InContainerSuite() {}

    @Deployment
    public static WebArchive portal() {
        // the test beans some of them call: a probe of the tenant's rows, a service without rules
        WebArchive war = InContainer.portal().addClasses(TenantProbe.class, Unruled.class);
        for (Class<?> test : inContainerTests()) {
            war.addClass(test);
        }
        return war;
    }

    /** The compiled test classes that Arquillian runs inside the server. */
    static List<Class<?>> inContainerTests() {
        Path classes = testClasses();
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(classes::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith("IT.class"))
                    .map(name ->
                            name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .<Class<?>>map(InContainerSuite::load)
                    .filter(InContainerSuite::runsInContainer)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean runsInContainer(Class<?> test) {
        ExtendWith extensions = test.getAnnotation(ExtendWith.class);
        return extensions != null && List.of(extensions.value()).contains(ArquillianExtension.class);
    }

    private static Path testClasses() {
        try {
            return Path.of(InContainerSuite.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, InContainerSuite.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
