package nl.cmostamm.portal.web.method.sroi;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import nl.cmostamm.portal.method.sroi.HoursSource;
import nl.cmostamm.portal.method.sroi.InputForm;
import nl.cmostamm.portal.method.sroi.InputKind;
import nl.cmostamm.portal.method.sroi.SroiStakeholder;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;

/**
 * One input of an analysis ({@code ?analysis=&id=}): money, in kind, or volunteer time, whose hours
 * can be taken from the logbook or the activities register for the analysis' period; the page shows
 * how many hours that is before saving.
 */
@Named
@ViewScoped
public class EditSroiInput extends MapPartPage {

    private InputForm form;
    private List<SroiStakeholder> stakeholders;
    private BigDecimal registeredHours;

    @PostConstruct
    void load() {
        var map = openMap();
        form = sroi.inputForm(getAnalysisId(), Navigation.idParameter("id"));
        stakeholders = map.stakeholders();
        if (form.isNew() && stakeholders.size() > 0) {
            Long stakeholder = Navigation.idParameter("stakeholder");
            form.setStakeholderId(
                    stakeholder != null ? stakeholder : stakeholders.get(0).getId());
        }
        sourceChanged();
    }

    /** Shows the hours the chosen register holds for the period. */
    public void sourceChanged() {
        registeredHours = form.getKind() == InputKind.VOLUNTEER_TIME
                        && form.getHoursFrom() != null
                        && form.getHoursFrom() != HoursSource.TYPED
                ? sroi.volunteerHours(getAnalysisId(), form.getHoursFrom())
                : null;
    }

    public void save() {
        boolean created = form.isNew();
        if (ServiceCall.attempt("input", () -> sroi.saveInput(getAnalysisId(), analysisVersion(), form)) != null) {
            backToMap(created ? "sroi.input.created" : "sroi.input.saved");
        }
    }

    public void delete() {
        if (ServiceCall.run(
                "input", () -> sroi.deleteInput(getAnalysisId(), analysisVersion(), form.getId(), form.getVersion()))) {
            backToMap("sroi.input.deleted");
        }
    }

    public InputForm getForm() {
        return form;
    }

    public List<SroiStakeholder> getStakeholders() {
        return stakeholders;
    }

    public InputKind[] getKinds() {
        return InputKind.values();
    }

    public HoursSource[] getSources() {
        return HoursSource.values();
    }

    public BigDecimal getRegisteredHours() {
        return registeredHours;
    }
}
