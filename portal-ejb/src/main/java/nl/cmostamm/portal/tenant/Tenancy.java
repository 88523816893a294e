package nl.cmostamm.portal.tenant;

import java.io.Serializable;
import java.util.concurrent.Callable;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.NotFoundException;

/**
 * Who is working, and in which initiative, for the code running on this thread.
 *
 * <p>A thread-local rather than a CDI scope, so that the same rule holds in a Faces request, a
 * startup bean (the demo data) and an in-container test. The web layer opens a scope per request
 * from the HTTP session (never from a request parameter) and closes it in a {@code finally}; code
 * that has no request uses {@link #call(Scope, Callable)}.
 */
public final class Tenancy {

    /**
     * The current actor and tenant.
     *
     * @param accountId the logged-in account, or {@code null} for anonymous work
     * @param initiativeId the active initiative, or {@code null} outside any initiative
     * @param scheduled whether this is the scheduled work of the system itself (the nightly
     *     dashboard figures) reading an initiative in no one's name; never set by the web layer
     */
    public record Scope(Long accountId, Long initiativeId, boolean scheduled) implements Serializable {
        public static final Scope NONE = new Scope(null, null);

        public Scope(Long accountId, Long initiativeId) {
            this(accountId, initiativeId, false);
        }

        /**
         * Scheduled work inside {@code initiative}: the service guard lets it read what a board
         * member may read there, and only when a system-only service started it.
         */
        public static Scope scheduled(long initiative) {
            return new Scope(null, initiative, true);
        }

        public Scope withInitiative(Long initiative) {
            return new Scope(accountId, initiative, scheduled);
        }
    }

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    private Tenancy() {}

    public static Scope current() {
        Scope scope = CURRENT.get();
        return scope == null ? Scope.NONE : scope;
    }

    /** Whether a scope was opened on this thread, as the web layer does for every request. */
    public static boolean isOpen() {
        return CURRENT.get() != null;
    }

    /** The entered initiative; "not found" when there is none, so nothing runs outside a tenant. */
    public static long requireInitiative() {
        Long id = current().initiativeId();
        if (id == null) {
            throw new NotFoundException("Initiative");
        }
        return id;
    }

    /** The logged-in account; refused when nobody is logged in. */
    public static long requireAccount() {
        Long id = current().accountId();
        if (id == null) {
            throw new AccessDeniedException("Not logged in");
        }
        return id;
    }

    /** Opens a scope; the caller must {@link #close()} it in a finally block. */
    public static void open(Scope scope) {
        CURRENT.set(scope);
    }

    public static void close() {
        CURRENT.remove();
    }

    /** Runs {@code work} in {@code scope} and restores the previous scope afterwards. */
    public static <T> T call(Scope scope, Callable<T> work) throws Exception {
        Scope previous = CURRENT.get();
        CURRENT.set(scope);
        try {
            return work.call();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** As {@link #call(Scope, Callable)} for work that throws no checked exception. */
    public static <T> T with(Scope scope, java.util.function.Supplier<T> work) {
        try {
            return call(scope, work::get);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
