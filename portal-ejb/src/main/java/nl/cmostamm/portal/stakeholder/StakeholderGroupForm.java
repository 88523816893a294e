package nl.cmostamm.portal.stakeholder;

import nl.cmostamm.portal.shared.EditForm;

/**
 * A stakeholder group as edited in the register. {@code version} is the group's version when the
 * edit began; saving with an older one is a conflict.
 */
public class StakeholderGroupForm extends EditForm {

    private String name;
    private String description;
    private Integer estimatedSize;
    private Involvement involvement = Involvement.CONSULT;
    private String contactPerson;

    public static StakeholderGroupForm of(StakeholderGroup stakeholderGroup) {
        StakeholderGroupForm form = new StakeholderGroupForm();
        form.id = stakeholderGroup.getId();
        form.version = stakeholderGroup.getVersion();
        form.name = stakeholderGroup.getName();
        form.description = stakeholderGroup.getDescription();
        form.estimatedSize = stakeholderGroup.getEstimatedSize();
        form.involvement = stakeholderGroup.getInvolvement();
        form.contactPerson = stakeholderGroup.getContactPerson();
        return form;
    }

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
