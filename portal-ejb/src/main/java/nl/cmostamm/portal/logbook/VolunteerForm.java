package nl.cmostamm.portal.logbook;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.shared.EditForm;

/**
 * A volunteer as edited: contact, availability, skills and the ids of the categories of help they
 * like to give. {@code version} is the volunteer's version when the page was opened; saving with an
 * older one is a conflict.
 */
public class VolunteerForm extends EditForm {

    private String name;
    private String phone;
    private String email;
    private String availability;
    private String skills;
    private LocalDate activeSince;
    private boolean active = true;
    private List<Long> affinityIds = new ArrayList<>();

    public static VolunteerForm of(Volunteer volunteer) {
        VolunteerForm form = new VolunteerForm();
        form.id = volunteer.getId();
        form.version = volunteer.getVersion();
        form.name = volunteer.getName();
        form.phone = volunteer.getPhone();
        form.email = volunteer.getEmail();
        form.availability = volunteer.getAvailability();
        form.skills = volunteer.getSkills();
        form.activeSince = volunteer.getActiveSince();
        form.active = volunteer.isActive();
        form.affinityIds = new ArrayList<>(
                volunteer.getAffinities().stream().map(HelpCategory::getId).toList());
        return form;
    }

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

    public List<Long> getAffinityIds() {
        return affinityIds;
    }

    public void setAffinityIds(List<Long> affinityIds) {
        this.affinityIds = affinityIds;
    }
}
