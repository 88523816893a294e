package nl.cmostamm.portal.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.cmostamm.portal.tenant.TenantOwned;

/**
 * A group of people the initiative works for, such as older people, youth, carers or newcomers.
 * Every initiative starts with a default list and may rename, add or drop groups; goals say which
 * groups they serve.
 */
@Entity
@Table(name = "target_group")
@NamedQuery(name = TargetGroup.ALL, query = "select g from TargetGroup g order by g.position, g.name")
public class TargetGroup extends TenantOwned {

    public static final String ALL = "TargetGroup.all";

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false)
    private int position;

    protected TargetGroup() {}

    public TargetGroup(String name, int position) {
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
