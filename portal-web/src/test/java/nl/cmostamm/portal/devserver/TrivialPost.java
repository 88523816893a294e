package nl.cmostamm.portal.devserver;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Set;

/**
 * The yardstick of {@link SurveyBenchmark}: a JAX-RS POST that reads a small form and answers at
 * once, doing no work of its own. It is added to the benchmark's copy of the WAR only; the portal
 * itself has no such endpoint.
 */
@Path("trivial")
public class TrivialPost {

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_PLAIN)
    public String post(MultivaluedMap<String, String> form) {
        return "ok " + form.size();
    }

    /**
     * The JAX-RS application of the benchmark's WAR copy. It names its one resource: an application
     * that names none takes every resource and provider in the WAR, the portal's API guard too,
     * which would answer the anonymous yardstick with 401.
     */
    @ApplicationPath("/bench-api")
    public static class BenchApi extends Application {

        @Override
        public Set<Class<?>> getClasses() {
            return Set.of(TrivialPost.class);
        }
    }
}
