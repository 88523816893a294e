package nl.cmostamm.portal.web.method.sroi;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.Serializable;
import nl.cmostamm.portal.method.sroi.AnalysisStatus;
import nl.cmostamm.portal.method.sroi.ImpactMap;
import nl.cmostamm.portal.method.sroi.SroiAnalysis;
import nl.cmostamm.portal.method.sroi.SroiService;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.web.security.ActiveInitiative;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;

/**
 * What the pages of one part of an impact map (an input, an outcome, a scenario) share: the analysis
 * they belong to ({@code ?analysis=}, refused when absent or another initiative's), the version of it
 * that was read when the page opened (a change by someone else in between is a conflict on save), and
 * the way back to the map with a message.
 */
abstract class MapPartPage implements Serializable {

    @EJB
    SroiService sroi;

    @Inject
    ActiveInitiative initiative;

    private long analysisId;
    private boolean changeable;
    private long analysisVersion;
    private String analysisTitle;

    /** The analysis named in the request, with all its parts. */
    ImpactMap openMap() {
        Long analysis = Navigation.idParameter("analysis");
        if (analysis == null) {
            throw new NotFoundException("SroiAnalysis");
        }
        ImpactMap map = sroi.map(analysis);
        analysisId = analysis;
        analysisVersion = map.analysis().getVersion();
        analysisTitle = map.analysis().getTitle();
        changeable = changeable(map.analysis(), initiative);
        return map;
    }

    /**
     * Whether the current person may change the analysis: a draft, anyone of the initiative; one
     * under review, its advisors; a final one, nobody. The service holds the same rule.
     */
    static boolean changeable(SroiAnalysis analysis, ActiveInitiative initiative) {
        return analysis.getStatus() == AnalysisStatus.DRAFT
                || (analysis.getStatus() == AnalysisStatus.IN_REVIEW && initiative.isAdvisor());
    }

    public boolean isChangeable() {
        return changeable;
    }

    void backToMap(String messageKey) {
        Messages.addFlashGlobalInfo(Texts.text(messageKey));
        Navigation.redirect("/app/method/sroi-map.xhtml?id=" + analysisId);
    }

    long analysisVersion() {
        return analysisVersion;
    }

    public long getAnalysisId() {
        return analysisId;
    }

    public String getAnalysisTitle() {
        return analysisTitle;
    }
}
