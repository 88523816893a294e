package nl.cmostamm.portal.method.narrative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.cmostamm.portal.goal.Goal;
import nl.cmostamm.portal.method.toc.TocElement;
import nl.cmostamm.portal.tenant.TenantOwned;

/**
 * A domain of change, such as "contact met anderen", tied to an outcome of the ToC where one
 * matches, or to a goal where the initiative works without a ToC: so the stories chosen in it count
 * as evidence for that outcome or goal.
 */
@Entity
@Table(name = "msc_domain")
public class MscDomain extends TenantOwned {

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 1000)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "toc_element_id")
    private TocElement outcome;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "goal_id")
    private Goal goal;

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
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
}
