package nl.cmostamm.portal.web.method.sroi;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import nl.cmostamm.portal.method.sroi.SroiService;

/**
 * The initiative's SROI analyses, each with its kind, period, status and, where it can be calculated,
 * its ratio with the range the sensitivity analysis gives: never a bare point figure.
 */
@Named
@RequestScoped
public class SroiAnalyses {

    @EJB
    SroiService sroi;

    private List<Appraisal> analyses;

    @PostConstruct
    void load() {
        analyses = sroi.maps().stream().map(Appraisal::of).toList();
    }

    public List<Appraisal> getAnalyses() {
        return analyses;
    }
}
