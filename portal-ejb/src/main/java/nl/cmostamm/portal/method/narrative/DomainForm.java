package nl.cmostamm.portal.method.narrative;

import nl.cmostamm.portal.shared.EditForm;

/** A domain of change as edited: its name, what it covers and the ToC outcome or goal it stands for. */
public class DomainForm extends EditForm {

    private String name;
    private String description;
    private Long outcomeId;
    private Long goalId;

    static DomainForm of(MscDomain domain) {
        DomainForm form = new DomainForm();
        form.id = domain.getId();
        form.version = domain.getVersion();
        form.name = domain.getName();
        form.description = domain.getDescription();
        form.outcomeId =
                domain.getOutcome() == null ? null : domain.getOutcome().getId();
        form.goalId = domain.getGoal() == null ? null : domain.getGoal().getId();
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
}
