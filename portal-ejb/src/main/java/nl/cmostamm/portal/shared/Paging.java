package nl.cmostamm.portal.shared;

/**
 * The bounds of a page that a lazy table asks a service for. The numbers come from the request
 * (PrimeFaces posts them), so a service clamps them before they reach the query: a negative first
 * row would fail in the database, and a huge page would load a whole table into memory. Two methods
 * rather than one that wraps the query, so a paged query still reads as one chain of JPA calls:
 * {@code .setFirstResult(Paging.first(first)).setMaxResults(Paging.size(size))}.
 */
public final class Paging {

    /** The most rows one page holds, whatever the table asks for. */
    public static final int MAX_SIZE = 100;

    private Paging() {}

    /** The first row to load: 0 or more. */
    public static int first(int requested) {
        return Math.max(0, requested);
    }

    /** How many rows to load: at least 1, at most {@value #MAX_SIZE}. */
    public static int size(int requested) {
        return Math.min(Math.max(1, requested), MAX_SIZE);
    }
}
