package nl.cmostamm.portal.logbook;

import nl.cmostamm.portal.initiative.SocietalEffect;
import nl.cmostamm.portal.shared.EditForm;

/**
 * One row of "help per category serves": a help category and the id of the societal effect its
 * help serves (null: none yet). The link is made once per category, so the desk registers nothing
 * more per request. {@code version} is the category's version when the page was opened; saving
 * with an older one is a conflict.
 */
public class CategoryEffectForm extends EditForm {

    private String name;
    private Long effectId;

    /** The row of a category read with its effect. */
    public static CategoryEffectForm of(HelpCategory category) {
        CategoryEffectForm form = new CategoryEffectForm();
        form.id = category.getId();
        form.version = category.getVersion();
        form.name = category.getName();
        SocietalEffect effect = category.getEffect();
        form.effectId = effect == null ? null : effect.getId();
        return form;
    }

    public String getName() {
        return name;
    }

    public Long getEffectId() {
        return effectId;
    }

    public void setEffectId(Long effectId) {
        this.effectId = effectId;
    }
}
