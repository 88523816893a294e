package nl.cmostamm.portal.method.effect;

import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.shared.EditForm;

/** An effect as edited: its title and description, the outcome or goal it stands for, its indicators. */
public class EffectForm extends EditForm {

    private String title;
    private String description;
    private Long outcomeId;
    private Long goalId;
    private List<Long> indicatorIds = new ArrayList<>();

    static EffectForm of(Effect effect) {
        EffectForm form = new EffectForm();
        form.id = effect.getId();
        form.version = effect.getVersion();
        form.title = effect.getTitle();
        form.description = effect.getDescription();
        form.outcomeId =
                effect.getOutcome() == null ? null : effect.getOutcome().getId();
        form.goalId = effect.getGoal() == null ? null : effect.getGoal().getId();
        form.indicatorIds = new ArrayList<>(
                effect.getIndicators().stream().map(i -> i.getId()).toList());
        return form;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getOutcomeId() {
        return outcomeId;
    }

    public void setOutcomeId(Long outcomeId) {
        this.outcomeId = outcomeId;
    }

    public Long getGoalId() {
        return goalId;
    }

    public void setGoalId(Long goalId) {
        this.goalId = goalId;
    }

    public List<Long> getIndicatorIds() {
        return indicatorIds;
    }

    public void setIndicatorIds(List<Long> indicatorIds) {
        this.indicatorIds = indicatorIds;
    }
}
