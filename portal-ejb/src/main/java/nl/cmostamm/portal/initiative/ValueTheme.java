package nl.cmostamm.portal.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.cmostamm.portal.tenant.TenantOwned;

/**
 * A theme of social value the initiative wants to show, such as social cohesion. Every initiative
 * starts with the five themes of the publication and may rename, add or drop them.
 */
@Entity
@Table(name = "value_theme")
@NamedQuery(name = ValueTheme.ALL, query = "select t from ValueTheme t order by t.position, t.name")
public class ValueTheme extends TenantOwned {

    public static final String ALL = "ValueTheme.all";

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false)
    private int position;

    protected ValueTheme() {}

    public ValueTheme(String name, int position) {
        this.name = name;
        this.position = position;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
