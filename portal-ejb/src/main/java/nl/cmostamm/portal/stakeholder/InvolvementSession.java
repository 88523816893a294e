package nl.cmostamm.portal.stakeholder;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedSubgraph;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.tenant.TenantOwned;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** A meeting, interview round or survey held with stakeholders, who took part and what came out. */
@Entity
@Table(name = "involvement_session")
@NamedEntityGraph(
        name = InvolvementSession.WITH_PARTICIPATIONS,
        attributeNodes = {@NamedAttributeNode(value = "participations", subgraph = "participations")},
        subgraphs = @NamedSubgraph(name = "participations", attributeNodes = @NamedAttributeNode("group")))
public class InvolvementSession extends TenantOwned {

    /** A session with how many of each group took part. */
    public static final String WITH_PARTICIPATIONS = "InvolvementSession.withParticipations";

    @NotNull
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvolvementMethod method;

    @NotBlank
    @Size(max = 200)
    @Column(nullable = false, length = 200)
    private String title;

    @Size(max = 4000)
    @Column(length = 4000)
    private String outcome;

    @OneToMany(mappedBy = "session", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @BatchFetch(BatchFetchType.IN)
    private List<Participation> participations = new ArrayList<>();

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public InvolvementMethod getMethod() {
        return method;
    }

    public void setMethod(InvolvementMethod method) {
        this.method = method;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public List<Participation> getParticipations() {
        return participations;
    }

    /** Everyone who took part, over all groups. */
    public int getTotalParticipants() {
        return participations.stream().mapToInt(Participation::getParticipants).sum();
    }
}
