package nl.cmostamm.portal.goal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.initiative.SocietalEffect;
import nl.cmostamm.portal.initiative.TargetGroup;
import nl.cmostamm.portal.initiative.ValueTheme;
import nl.cmostamm.portal.tenant.TenantOwned;

/** Something the initiative wants to achieve in a period, for some of its target groups. */
@Entity
@Table(name = "goal")
@NamedQuery(name = Goal.ALL, query = "select g from Goal g order by g.status, g.title")
@NamedEntityGraph(
        name = Goal.WITH_LINKS,
        attributeNodes = {
            @NamedAttributeNode("themes"),
            @NamedAttributeNode("targetGroups"),
            @NamedAttributeNode("societalEffect")
        })
public class Goal extends TenantOwned {

    /** A goal with the theme, target groups and effect it is tagged with. */
    public static final String WITH_LINKS = "Goal.withLinks";

    public static final String ALL = "Goal.all";

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title;

    @Size(max = 4000)
    @Column(length = 4000)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "societal_effect_id")
    private SocietalEffect societalEffect;

    @ManyToMany
    @JoinTable(
            name = "goal_value_theme",
            joinColumns = @JoinColumn(name = "goal_id"),
            inverseJoinColumns = @JoinColumn(name = "value_theme_id"))
    @OrderBy("position")
    private List<ValueTheme> themes = new ArrayList<>();

    @ManyToMany
    @JoinTable(
            name = "goal_target_group",
            joinColumns = @JoinColumn(name = "goal_id"),
            inverseJoinColumns = @JoinColumn(name = "target_group_id"))
    @OrderBy("position")
    private List<TargetGroup> targetGroups = new ArrayList<>();

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private GoalStatus status = GoalStatus.ACTIVE;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public SocietalEffect getSocietalEffect() {
        return societalEffect;
    }

    public void setSocietalEffect(SocietalEffect societalEffect) {
        this.societalEffect = societalEffect;
    }

    public List<ValueTheme> getThemes() {
        return themes;
    }

    public void setThemes(List<ValueTheme> themes) {
        this.themes = themes;
    }

    public List<TargetGroup> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<TargetGroup> targetGroups) {
        this.targetGroups = targetGroups;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public GoalStatus getStatus() {
        return status;
    }

    public void setStatus(GoalStatus status) {
        this.status = status;
    }
}
