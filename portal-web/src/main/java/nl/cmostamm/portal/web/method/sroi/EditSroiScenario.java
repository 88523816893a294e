package nl.cmostamm.portal.web.method.sroi;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.cmostamm.portal.method.sroi.ScenarioForm;
import nl.cmostamm.portal.method.sroi.SroiService;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;

/** One named scenario of an analysis ({@code ?analysis=&id=}): the changes it makes to every outcome. */
@Named
@ViewScoped
public class EditSroiScenario implements Serializable {

    @EJB
    SroiService sroi;

    private long analysisId;
    private long analysisVersion;
    private String analysisTitle;
    private ScenarioForm form;

    @PostConstruct
    void load() {
        Long analysis = Navigation.idParameter("analysis");
        if (analysis == null) {
            throw new NotFoundException("SroiAnalysis");
        }
        analysisId = analysis;
        form = sroi.scenarioForm(analysisId, Navigation.idParameter("id"));
        var shown = sroi.analysis(analysisId);
        analysisVersion = shown.getVersion();
        analysisTitle = shown.getTitle();
    }

    public void save() {
        boolean created = form.isNew();
        if (ServiceCall.attempt("scenario", () -> sroi.saveScenario(analysisId, analysisVersion, form)) != null) {
            Messages.addFlashGlobalInfo(Texts.text(created ? "sroi.scenario.created" : "sroi.scenario.saved"));
            Navigation.redirect("/app/method/sroi-map.xhtml?id=" + analysisId);
        }
    }

    public void delete() {
        if (ServiceCall.run(
                "scenario", () -> sroi.deleteScenario(analysisId, analysisVersion, form.getId(), form.getVersion()))) {
            Messages.addFlashGlobalInfo(Texts.text("sroi.scenario.deleted"));
            Navigation.redirect("/app/method/sroi-map.xhtml?id=" + analysisId);
        }
    }

    public long getAnalysisId() {
        return analysisId;
    }

    public String getAnalysisTitle() {
        return analysisTitle;
    }

    public ScenarioForm getForm() {
        return form;
    }
}
