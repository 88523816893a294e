package nl.cmostamm.portal.web.method.sroi;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import nl.cmostamm.portal.method.sroi.HoursSource;
import nl.cmostamm.portal.method.sroi.InputForm;
import nl.cmostamm.portal.method.sroi.InputKind;
import nl.cmostamm.portal.method.sroi.SroiService;
import nl.cmostamm.portal.method.sroi.SroiStakeholder;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;

/**
 * One input of an analysis ({@code ?analysis=&id=}): money, in kind, or volunteer time, whose hours
 * can be taken from the logbook or the activities register for the analysis' period; the page shows
 * how many hours that is before saving.
 */
@Named
@ViewScoped
public class EditSroiInput implements Serializable {

    @EJB
    SroiService sroi;

    private long analysisId;
    private long analysisVersion;
    private String analysisTitle;
    private InputForm form;
    private List<SroiStakeholder> stakeholders;
    private BigDecimal registeredHours;

    @PostConstruct
    void load() {
        Long analysis = Navigation.idParameter("analysis");
        if (analysis == null) {
            throw new NotFoundException("SroiAnalysis");
        }
        analysisId = analysis;
        form = sroi.inputForm(analysisId, Navigation.idParameter("id"));
        var map = sroi.map(analysisId);
        analysisVersion = map.analysis().getVersion();
        analysisTitle = map.analysis().getTitle();
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
                ? sroi.volunteerHours(analysisId, form.getHoursFrom())
                : null;
    }

    public void save() {
        boolean created = form.isNew();
        if (ServiceCall.attempt("input", () -> sroi.saveInput(analysisId, analysisVersion, form)) != null) {
            Messages.addFlashGlobalInfo(Texts.text(created ? "sroi.input.created" : "sroi.input.saved"));
            Navigation.redirect("/app/method/sroi-map.xhtml?id=" + analysisId);
        }
    }

    public void delete() {
        if (ServiceCall.run(
                "input", () -> sroi.deleteInput(analysisId, analysisVersion, form.getId(), form.getVersion()))) {
            Messages.addFlashGlobalInfo(Texts.text("sroi.input.deleted"));
            Navigation.redirect("/app/method/sroi-map.xhtml?id=" + analysisId);
        }
    }

    public long getAnalysisId() {
        return analysisId;
    }

    public String getAnalysisTitle() {
        return analysisTitle;
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
