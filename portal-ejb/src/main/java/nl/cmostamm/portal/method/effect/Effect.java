package nl.cmostamm.portal.method.effect;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.goal.Goal;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.method.toc.TocElement;
import nl.cmostamm.portal.tenant.TenantOwned;

/**
 * An effect the initiative wants to show, tied to the outcome it stands for (a ToC outcome or, with
 * no ToC, a goal) and to its evidence: indicators, and wave comparisons kept as {@link
 * EffectComparison}s.
 */
@Entity
@Table(name = "effect")
public class Effect extends TenantOwned {

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "toc_element_id")
    private TocElement outcome;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_id")
    private Goal goal;

    @ManyToMany
    @JoinTable(
            name = "effect_indicator",
            joinColumns = @JoinColumn(name = "effect_id"),
            inverseJoinColumns = @JoinColumn(name = "indicator_id"))
    @OrderBy("name")
    private List<Indicator> indicators = new ArrayList<>();

    public String getTitle() {
        return title;
    }

    void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    void setDescription(String description) {
        this.description = description;
    }

    public TocElement getOutcome() {
        return outcome;
    }

    void setOutcome(TocElement outcome) {
        this.outcome = outcome;
    }

    public Goal getGoal() {
        return goal;
    }

    void setGoal(Goal goal) {
        this.goal = goal;
    }

    public List<Indicator> getIndicators() {
        return indicators;
    }

    void setIndicators(List<Indicator> indicators) {
        this.indicators = indicators;
    }
}
