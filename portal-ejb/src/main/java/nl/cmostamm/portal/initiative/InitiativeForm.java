package nl.cmostamm.portal.initiative;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * An initiative's profile as edited on one page: the initiative's own fields together with its
 * value themes, societal effects and target groups. {@code version} is the initiative's version when the page
 * was opened; saving with an older one is a conflict.
 */
public class InitiativeForm implements Serializable {

    private Initiative initiative = new Initiative();
    private List<String> themes = new ArrayList<>();
    private List<String> effects = new ArrayList<>();
    private List<String> targetGroups = new ArrayList<>();

    public Initiative getInitiative() {
        return initiative;
    }

    public void setInitiative(Initiative initiative) {
        this.initiative = initiative;
    }

    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
    }

    public List<String> getEffects() {
        return effects;
    }

    public void setEffects(List<String> effects) {
        this.effects = effects;
    }

    public List<String> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<String> targetGroups) {
        this.targetGroups = targetGroups;
    }
}
