package nl.cmostamm.portal.logbook;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedSubgraph;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.initiative.TargetGroup;
import nl.cmostamm.portal.tenant.TenantOwned;

/**
 * A question for help, as the logbook records it: when, what kind, who asked (initials or a
 * pseudonym only), who helped and for how long, and whether it was answered, or referred.
 */
@Entity
@Table(name = "help_request")
@NamedEntityGraph(
        name = HelpRequest.WITH_HELPERS,
        attributeNodes = {
            @NamedAttributeNode("category"),
            @NamedAttributeNode("targetGroup"),
            @NamedAttributeNode(value = "assignments", subgraph = "assignments")
        },
        subgraphs = @NamedSubgraph(name = "assignments", attributeNodes = @NamedAttributeNode("volunteer")))
public class HelpRequest extends TenantOwned {

    /** A request with its category, its target group, its helpers and their hours. */
    public static final String WITH_HELPERS = "HelpRequest.withHelpers";

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "help_category_id", nullable = false)
    private HelpCategory category;

    @Column(nullable = false, length = 40)
    private String requester;

    @Column(length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HelpStatus status = HelpStatus.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Referral referral;

    @Column(name = "referral_note", length = 200)
    private String referralNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Competition competition = Competition.NOT_CHECKED;

    @Column(length = 2000)
    private String notes;

    /** Whom the request helped, when the desk chose to say (the insight report spreads help over them). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_group_id")
    private TargetGroup targetGroup;

    @OneToMany(mappedBy = "request", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<HelpAssignment> assignments = new ArrayList<>();

    /** Links a volunteer to this request with the hours they spent. */
    public HelpAssignment assign(Volunteer volunteer, BigDecimal hours) {
        HelpAssignment assignment = new HelpAssignment(this, volunteer);
        assignment.setHours(hours);
        assignments.add(assignment);
        return assignment;
    }

    /** The hours of every helper together. */
    public BigDecimal hours() {
        return assignments.stream().map(HelpAssignment::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public void setRequestedOn(LocalDate requestedOn) {
        this.requestedOn = requestedOn;
    }

    public HelpCategory getCategory() {
        return category;
    }

    public void setCategory(HelpCategory category) {
        this.category = category;
    }

    public String getRequester() {
        return requester;
    }

    public void setRequester(String requester) {
        this.requester = requester;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public HelpStatus getStatus() {
        return status;
    }

    public void setStatus(HelpStatus status) {
        this.status = status;
    }

    public Referral getReferral() {
        return referral;
    }

    public void setReferral(Referral referral) {
        this.referral = referral;
    }

    public String getReferralNote() {
        return referralNote;
    }

    public void setReferralNote(String referralNote) {
        this.referralNote = referralNote;
    }

    public Competition getCompetition() {
        return competition;
    }

    public void setCompetition(Competition competition) {
        this.competition = competition;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public List<HelpAssignment> getAssignments() {
        return assignments;
    }

    public TargetGroup getTargetGroup() {
        return targetGroup;
    }

    public void setTargetGroup(TargetGroup targetGroup) {
        this.targetGroup = targetGroup;
    }
}
