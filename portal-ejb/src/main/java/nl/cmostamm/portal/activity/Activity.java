package nl.cmostamm.portal.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.initiative.SocietalEffect;
import nl.cmostamm.portal.initiative.TargetGroup;
import nl.cmostamm.portal.tenant.TenantOwned;

/** Something the initiative does again and again, such as the monthly village dinner. */
@Entity
@Table(name = "activity")
@NamedQuery(name = Activity.ALL, query = "select a from Activity a order by a.active desc, a.name")
@NamedEntityGraph(
        name = Activity.WITH_LINKS,
        attributeNodes = {@NamedAttributeNode("effect"), @NamedAttributeNode("targetGroups")})
public class Activity extends TenantOwned {

    public static final String ALL = "Activity.all";

    /** An activity with the societal effect it serves and its target groups. */
    public static final String WITH_LINKS = "Activity.withLinks";

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String name;

    @Size(max = 2000)
    @Column(length = 2000)
    private String description;

    @Column(nullable = false)
    private boolean active = true;

    /** The societal effect the activity serves (the insight report groups efforts by it). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "societal_effect_id")
    private SocietalEffect effect;

    /** Whom the activity is meant for (the insight report spreads efforts over them). */
    @ManyToMany
    @JoinTable(
            name = "activity_target_group",
            joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "target_group_id"))
    @OrderBy("position")
    private List<TargetGroup> targetGroups = new ArrayList<>();

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

    public SocietalEffect getEffect() {
        return effect;
    }

    public void setEffect(SocietalEffect effect) {
        this.effect = effect;
    }

    public List<TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<TargetGroup> targetGroups) {
        this.targetGroups = targetGroups;
    }
}
