package nl.cmostamm.portal.security;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import nl.cmostamm.portal.initiative.Initiative;

/**
 * An advisor's place in an initiative: the initiative belongs to the advisor's portfolio. Made and
 * removed by the knowledge centre's admins. Not an EclipseLink multitenant entity for the same
 * reason as {@link BoardMembership} (the portfolio reads an advisor's assignments before any
 * initiative is entered), and under the same database policy: read by its initiative and by its
 * own advisor, written only within its initiative.
 */
@Entity
@Table(name = "advisor_assignment")
@NamedQuery(
        name = AdvisorAssignment.OF_INITIATIVE,
        query =
                "select a from AdvisorAssignment a join fetch a.advisor where a.initiative.id = :initiative order by a.advisor.displayName")
@NamedQuery(
        name = AdvisorAssignment.ONE,
        query = "select a from AdvisorAssignment a where a.initiative.id = :initiative and a.advisor.id = :account")
public class AdvisorAssignment implements Serializable {

    public static final String OF_INITIATIVE = "AdvisorAssignment.ofInitiative";
    public static final String ONE = "AdvisorAssignment.one";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "initiative_id", nullable = false, updatable = false)
    private Initiative initiative;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private Account advisor;

    protected AdvisorAssignment() {}

    public AdvisorAssignment(Initiative initiative, Account advisor) {
        this.initiative = initiative;
        this.advisor = advisor;
    }

    public Long getId() {
        return id;
    }

    public Initiative getInitiative() {
        return initiative;
    }

    public Account getAdvisor() {
        return advisor;
    }
}
