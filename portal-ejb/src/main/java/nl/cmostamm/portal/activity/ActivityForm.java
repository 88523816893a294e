package nl.cmostamm.portal.activity;

import nl.cmostamm.portal.shared.EditForm;

/**
 * An activity as edited: its name, description and whether it still runs. {@code id} is null for a
 * new one; {@code version} is the activity's version when the page was opened, and saving with an
 * older one is a conflict.
 */
public class ActivityForm extends EditForm {

    private String name;
    private String description;
    private boolean active = true;

    public static ActivityForm of(Activity activity) {
        ActivityForm form = new ActivityForm();
        form.id = activity.getId();
        form.version = activity.getVersion();
        form.name = activity.getName();
        form.description = activity.getDescription();
        form.active = activity.isActive();
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

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
