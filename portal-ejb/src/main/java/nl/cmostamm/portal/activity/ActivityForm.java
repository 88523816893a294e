package nl.cmostamm.portal.activity;

import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.initiative.SocietalEffect;
import nl.cmostamm.portal.shared.EditForm;

/**
 * An activity as edited: its name, description and whether it still runs, and the ids of the
 * societal effect it serves and of its target groups, chosen from the initiative's lists. {@code
 * id} is null for a new one; {@code version} is the activity's version when the page was opened,
 * and saving with an older one is a conflict.
 */
public class ActivityForm extends EditForm {

    private String name;
    private String description;
    private boolean active = true;
    private Long effectId;
    private List<Long> targetGroupIds = new ArrayList<>();

    /** The form of an activity read with its links ({@link Activity#WITH_LINKS}). */
    public static ActivityForm of(Activity activity) {
        ActivityForm form = new ActivityForm();
        form.id = activity.getId();
        form.version = activity.getVersion();
        form.name = activity.getName();
        form.description = activity.getDescription();
        form.active = activity.isActive();
        SocietalEffect effect = activity.getEffect();
        form.effectId = effect == null ? null : effect.getId();
        form.targetGroupIds = new ArrayList<>(
                activity.getTargetGroups().stream().map(g -> g.getId()).toList());
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

    public Long getEffectId() {
        return effectId;
    }

    public void setEffectId(Long effectId) {
        this.effectId = effectId;
    }

    public List<Long> getTargetGroupIds() {
        return targetGroupIds;
    }

    public void setTargetGroupIds(List<Long> targetGroupIds) {
        this.targetGroupIds = targetGroupIds;
    }
}
