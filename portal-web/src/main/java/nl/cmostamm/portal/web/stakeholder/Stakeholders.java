package nl.cmostamm.portal.web.stakeholder;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.stakeholder.Involvement;
import nl.cmostamm.portal.stakeholder.StakeholderGroup;
import nl.cmostamm.portal.stakeholder.StakeholderGroupForm;
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
    private StakeholderGroupForm form;

    @PostConstruct
    void load() {
        groups = stakeholders.groups();
        blank();
    }

    public void blank() {
        form = new StakeholderGroupForm();
    }

    /** Leaves an edit unsaved. */
    public void cancel() {
        blank();
        groups = stakeholders.groups();
    }

    public void edit(StakeholderGroup chosen) {
        form = StakeholderGroupForm.of(chosen);
    }

    public void save() {
        boolean created = form.isNew();
        boolean saved = ServiceCall.attempt("group", () -> stakeholders.save(form)) != null;
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

    public StakeholderGroupForm getForm() {
        return form;
    }

    public Involvement[] getInvolvements() {
        return Involvement.values();
    }
}
