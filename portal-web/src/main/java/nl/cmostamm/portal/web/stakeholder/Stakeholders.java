package nl.cmostamm.portal.web.stakeholder;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.stakeholder.Involvement;
import nl.cmostamm.portal.stakeholder.StakeholderGroup;
import nl.cmostamm.portal.stakeholder.StakeholderService;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;

/** The stakeholder register: every group with its size, involvement and contact; adding and editing one. */
@Named
@ViewScoped
public class Stakeholders implements Serializable {

    @EJB
    StakeholderService stakeholders;

    private List<StakeholderGroup> groups;
    private StakeholderGroup group;

    @PostConstruct
    void load() {
        groups = stakeholders.groups();
        blank();
    }

    public void blank() {
        group = new StakeholderGroup();
        group.setInvolvement(Involvement.CONSULT);
    }

    /** Leaves an edit unsaved. */
    public void cancel() {
        blank();
        groups = stakeholders.groups();
    }

    public void edit(StakeholderGroup chosen) {
        group = chosen;
    }

    public void save() {
        boolean created = group.getId() == null;
        boolean saved = ServiceCall.attempt("group", () -> stakeholders.save(group)) != null;
        // the list shows what is saved, not the refused edit (the form keeps that, to correct it)
        groups = stakeholders.groups();
        if (saved) {
            Texts.info(created ? "stakeholder.added" : "stakeholder.saved");
            blank();
        }
    }

    public void delete(StakeholderGroup chosen) {
        if (ServiceCall.run(null, () -> stakeholders.deleteGroup(chosen.getId(), chosen.getVersion()))) {
            Texts.info("stakeholder.deleted");
            groups = stakeholders.groups();
            blank();
        }
    }

    public List<StakeholderGroup> getGroups() {
        return groups;
    }

    public StakeholderGroup getGroup() {
        return group;
    }

    public Involvement[] getInvolvements() {
        return Involvement.values();
    }
}
