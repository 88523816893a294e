package nl.cmostamm.portal.stakeholder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.cmostamm.portal.tenant.TenantOwned;

/** A group of people with a stake in the initiative: participants, volunteers, the municipality. */
@Entity
@Table(name = "stakeholder_group")
@NamedQuery(name = StakeholderGroup.ALL, query = "select g from StakeholderGroup g order by g.name")
public class StakeholderGroup extends TenantOwned {

    public static final String ALL = "StakeholderGroup.all";

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;

    @Size(max = 2000)
    @Column(length = 2000)
    private String description;

    @Min(0)
    @Max(10_000_000)
    @Column(name = "estimated_size")
    private Integer estimatedSize;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Involvement involvement = Involvement.INFORM;

    @Size(max = 120)
    @Column(name = "contact_person", length = 120)
    private String contactPerson;

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

    public Integer getEstimatedSize() {
        return estimatedSize;
    }

    public void setEstimatedSize(Integer estimatedSize) {
        this.estimatedSize = estimatedSize;
    }

    public Involvement getInvolvement() {
        return involvement;
    }

    public void setInvolvement(Involvement involvement) {
        this.involvement = involvement;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }
}
