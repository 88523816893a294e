package nl.cmostamm.portal.logbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.tenant.TenantOwned;

/** Someone who helps, with how to reach them, when they can, and what they like to do. */
@Entity
@Table(name = "volunteer")
@NamedQuery(name = Volunteer.ALL, query = "select v from Volunteer v order by v.active desc, v.name")
@NamedEntityGraph(
        name = Volunteer.WITH_AFFINITIES,
        attributeNodes = {@NamedAttributeNode("affinities")})
public class Volunteer extends TenantOwned {

    /** A volunteer with the kinds of help they like to give. */
    public static final String WITH_AFFINITIES = "Volunteer.withAffinities";

    public static final String ALL = "Volunteer.all";

    /** The name an anonymised volunteer keeps, with their number. */
    public static final String ANONYMOUS = "Oud-vrijwilliger";

    @NotBlank
    @Size(max = 120)
    @Column(nullable = false, length = 120)
    private String name;

    @Size(max = 40)
    @Column(length = 40)
    private String phone;

    @Email
    @Size(max = 254)
    @Column(length = 254)
    private String email;

    @Size(max = 500)
    @Column(length = 500)
    private String availability;

    @Size(max = 1000)
    @Column(length = 1000)
    private String skills;

    @Column(name = "active_since")
    private LocalDate activeSince;

    @Column(nullable = false)
    private boolean active = true;

    @ManyToMany
    @JoinTable(
            name = "volunteer_affinity",
            joinColumns = @JoinColumn(name = "volunteer_id"),
            inverseJoinColumns = @JoinColumn(name = "help_category_id"))
    @OrderBy("position")
    private List<HelpCategory> affinities = new ArrayList<>();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAvailability() {
        return availability;
    }

    public void setAvailability(String availability) {
        this.availability = availability;
    }

    public String getSkills() {
        return skills;
    }

    public void setSkills(String skills) {
        this.skills = skills;
    }

    public LocalDate getActiveSince() {
        return activeSince;
    }

    public void setActiveSince(LocalDate activeSince) {
        this.activeSince = activeSince;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public List<HelpCategory> getAffinities() {
        return affinities;
    }

    public void setAffinities(List<HelpCategory> affinities) {
        this.affinities = affinities;
    }

    /** Whether the logbook's anonymisation already took this volunteer's name and contact details. */
    public boolean isAnonymised() {
        return (ANONYMOUS + " " + getId()).equals(name) && phone == null && email == null;
    }
}
