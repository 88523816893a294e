package nl.cmostamm.portal.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The EAR as Payara Server will see it: one EJB module, one skinny web module at /portal, the
 * shared libraries (the JDBC driver among them) in lib/, and no jar twice.
 */
class EarStructureIT {

    private final String ear = System.getProperty("portal.ear");

    @Test
    void applicationXmlNamesBothModulesAndTheContextRoot() throws IOException {
        try (ZipFile zip = new ZipFile(ear)) {
            String applicationXml = new String(
                    zip.getInputStream(zip.getEntry("META-INF/application.xml")).readAllBytes(),
                    StandardCharsets.UTF_8);
            assertTrue(applicationXml.contains("<ejb>portal-ejb.jar</ejb>"), applicationXml);
            assertTrue(applicationXml.contains("<web-uri>portal-web.war</web-uri>"), applicationXml);
            assertTrue(applicationXml.contains("<context-root>/portal</context-root>"), applicationXml);
            assertTrue(applicationXml.contains("<library-directory>lib</library-directory>"), applicationXml);
        }
    }

    @Test
    void theJdbcDriverAndFlywayAreSharedLibrariesAndNoJarIsPackagedTwice() throws IOException {
        List<String> jars = new ArrayList<>();
        try (ZipFile zip = new ZipFile(ear)) {
            for (ZipEntry entry : zip.stream().toList()) {
                if (entry.getName().endsWith(".jar")) {
                    jars.add(entry.getName());
                }
                if (entry.getName().endsWith(".war")) {
                    try (InputStream in = zip.getInputStream(entry);
                            ZipInputStream war = new ZipInputStream(in)) {
                        for (ZipEntry inner; (inner = war.getNextEntry()) != null; ) {
                            if (inner.getName().endsWith(".jar")) {
                                jars.add(entry.getName() + "!" + inner.getName());
                            }
                        }
                    }
                }
            }
        }
        assertTrue(jars.stream().anyMatch(j -> j.matches("lib/postgresql.*\\.jar")), jars.toString());
        assertTrue(jars.stream().anyMatch(j -> j.matches("lib/flyway-core.*\\.jar")), jars.toString());
        assertTrue(jars.contains("portal-ejb.jar"), jars.toString());
        assertTrue(
                jars.stream()
                        .noneMatch(j -> j.startsWith("portal-web.war!")
                                && (j.contains("postgresql") || j.contains("portal-ejb"))),
                "the skinny WAR leaves shared jars to the EAR: " + jars);

        Set<String> names = new HashSet<>();
        for (String jar : jars) {
            String name = jar.substring(jar.lastIndexOf('/') + 1)
                    .replaceAll("-[0-9][0-9.]*(-SNAPSHOT)?(-jakarta)?\\.jar$", "");
            assertTrue(names.add(name), "packaged twice: " + name + " in " + jars);
        }
        assertEquals(jars.size(), names.size());
    }
}
