package nl.cmostamm.portal.web.method.sroi;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.method.sroi.AnalysisForm;
import nl.cmostamm.portal.method.sroi.AnalysisKind;
import nl.cmostamm.portal.method.sroi.SroiAnalysis;
import nl.cmostamm.portal.method.sroi.SroiService;
import nl.cmostamm.portal.stakeholder.StakeholderGroup;
import nl.cmostamm.portal.web.security.ActiveInitiative;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;

/**
 * A new analysis, or the settings of one ({@code ?id=}): title, kind, period, scope, the stakeholder
 * groups it counts with, the indicators that show its outputs, the discount rate and first-year
 * convention, and how far the sensitivity analysis moves each assumption.
 */
@Named
@ViewScoped
public class EditSroiAnalysis implements Serializable {

    @EJB
    SroiService sroi;

    @EJB
    GoalService goals;

    @Inject
    ActiveInitiative initiative;

    private boolean changeable = true;

    private AnalysisForm form;
    private List<StakeholderGroup> groups;
    private List<Indicator> indicators;

    @PostConstruct
    void load() {
        Long id = Navigation.idParameter("id");
        form = sroi.analysisForm(id);
        if (id != null) {
            changeable = MapPartPage.changeable(sroi.analysis(id), initiative);
        }
        groups = sroi.stakeholderChoices();
        indicators = goals.indicatorChoices();
    }

    public void save() {
        boolean created = form.isNew();
        SroiAnalysis saved = ServiceCall.attempt("analysis", () -> sroi.saveAnalysis(form));
        if (saved != null) {
            Messages.addFlashGlobalInfo(Texts.text(created ? "sroi.analysis.created" : "sroi.analysis.saved"));
            Navigation.redirect("/app/method/sroi-map.xhtml?id=" + saved.getId());
        }
    }

    public boolean isChangeable() {
        return changeable;
    }

    public AnalysisForm getForm() {
        return form;
    }

    public AnalysisKind[] getKinds() {
        return AnalysisKind.values();
    }

    public List<StakeholderGroup> getGroups() {
        return groups;
    }

    public List<Indicator> getIndicators() {
        return indicators;
    }
}
