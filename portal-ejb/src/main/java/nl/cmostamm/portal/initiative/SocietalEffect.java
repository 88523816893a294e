package nl.cmostamm.portal.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.cmostamm.portal.tenant.TenantOwned;

/**
 * A change in society the initiative links its efforts to, as Welzijn Westerwolde does with its
 * three effects (liveability and socialising; developing and growing up; autonomy and taking part).
 * Optional: many initiatives name none.
 */
@Entity
@Table(name = "societal_effect")
@NamedQuery(name = SocietalEffect.ALL, query = "select e from SocietalEffect e order by e.position, e.name")
public class SocietalEffect extends TenantOwned {

    public static final String ALL = "SocietalEffect.all";

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;

    @Size(max = 1000)
    @Column(length = 1000)
    private String description;

    @Column(nullable = false)
    private int position;

    protected SocietalEffect() {}

    public SocietalEffect(String name, String description, int position) {
        this.name = name;
        this.description = description;
        this.position = position;
    }

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

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }
}
