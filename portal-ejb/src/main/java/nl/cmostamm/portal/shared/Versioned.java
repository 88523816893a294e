package nl.cmostamm.portal.shared;

/**
 * A row with an optimistic-lock version, as {@link Input#find(jakarta.persistence.EntityManager,
 * Class, long, long)} compares it. An interface here, rather than the tenant's base class, so that
 * {@code shared} stays below {@code tenant} (which throws this package's exceptions).
 */
public interface Versioned {

    long getVersion();
}
