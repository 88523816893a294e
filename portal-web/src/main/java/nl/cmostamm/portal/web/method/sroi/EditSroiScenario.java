package nl.cmostamm.portal.web.method.sroi;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.cmostamm.portal.method.sroi.ScenarioForm;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;

/** One named scenario of an analysis ({@code ?analysis=&id=}): the changes it makes to every outcome. */
@Named
@ViewScoped
public class EditSroiScenario extends MapPartPage {

    private ScenarioForm form;

    @PostConstruct
    void load() {
        openMap();
        form = sroi.scenarioForm(getAnalysisId(), Navigation.idParameter("id"));
    }

    public void save() {
        boolean created = form.isNew();
        if (ServiceCall.attempt("scenario", () -> sroi.saveScenario(getAnalysisId(), analysisVersion(), form))
                != null) {
            backToMap(created ? "sroi.scenario.created" : "sroi.scenario.saved");
        }
    }

    public void delete() {
        if (ServiceCall.run(
                "scenario",
                () -> sroi.deleteScenario(getAnalysisId(), analysisVersion(), form.getId(), form.getVersion()))) {
            backToMap("sroi.scenario.deleted");
        }
    }

    public ScenarioForm getForm() {
        return form;
    }
}
