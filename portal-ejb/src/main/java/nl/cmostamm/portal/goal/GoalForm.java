package nl.cmostamm.portal.goal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.shared.EditForm;

/**
 * A goal as edited on one page: its own fields plus the ids of the theme, target groups and effect
 * chosen from the initiative's lists. {@code id} is null for a new goal; {@code version} is the
 * goal's version when the page was opened, and saving with an older one is a conflict.
 */
public class GoalForm extends EditForm {

    private String title;
    private String description;
    private Long effectId;
    private List<Long> themeIds = new ArrayList<>();
    private List<Long> targetGroupIds = new ArrayList<>();
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private GoalStatus status = GoalStatus.ACTIVE;

    static GoalForm of(Goal goal) {
        GoalForm form = new GoalForm();
        form.id = goal.getId();
        form.version = goal.getVersion();
        form.title = goal.getTitle();
        form.description = goal.getDescription();
        form.effectId = goal.getSocietalEffect() == null
                ? null
                : goal.getSocietalEffect().getId();
        form.themeIds =
                new ArrayList<>(goal.getThemes().stream().map(t -> t.getId()).toList());
        form.targetGroupIds = new ArrayList<>(
                goal.getTargetGroups().stream().map(g -> g.getId()).toList());
        form.periodStart = goal.getPeriodStart();
        form.periodEnd = goal.getPeriodEnd();
        form.status = goal.getStatus();
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

    public Long getEffectId() {
        return effectId;
    }

    public void setEffectId(Long effectId) {
        this.effectId = effectId;
    }

    public List<Long> getThemeIds() {
        return themeIds;
    }

    public void setThemeIds(List<Long> themeIds) {
        this.themeIds = themeIds;
    }

    public List<Long> getTargetGroupIds() {
        return targetGroupIds;
    }

    public void setTargetGroupIds(List<Long> targetGroupIds) {
        this.targetGroupIds = targetGroupIds;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public void setPeriodStart(LocalDate periodStart) {
        this.periodStart = periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public void setPeriodEnd(LocalDate periodEnd) {
        this.periodEnd = periodEnd;
    }

    public GoalStatus getStatus() {
        return status;
    }

    public void setStatus(GoalStatus status) {
        this.status = status;
    }
}
