package nl.cmostamm.portal.shared;

import java.io.Serializable;

/**
 * What every edit form carries besides its fields: the id of what it edits ({@code null} for a new
 * one) and the version that was read when the page opened. A service saving the form finds the
 * entity with both ({@link Input#find(jakarta.persistence.EntityManager, Class, long, long)}), so a
 * save over someone else's newer change is a conflict shown to the user, never an overwrite.
 */
public abstract class EditForm implements Serializable {

    protected Long id;
    protected long version;

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }
}
