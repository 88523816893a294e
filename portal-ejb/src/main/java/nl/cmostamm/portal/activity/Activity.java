package nl.cmostamm.portal.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.cmostamm.portal.tenant.TenantOwned;

/** Something the initiative does again and again, such as the monthly village dinner. */
@Entity
@Table(name = "activity")
@NamedQuery(name = Activity.ALL, query = "select a from Activity a order by a.active desc, a.name")
public class Activity extends TenantOwned {

    public static final String ALL = "Activity.all";

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @Size(max = 2000)
    @Column(length = 2000)
    private String description;

    @Column(nullable = false)
    private boolean active = true;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
