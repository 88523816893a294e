package nl.cmostamm.portal.web.method.narrative;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import nl.cmostamm.portal.method.narrative.ChosenStory;
import nl.cmostamm.portal.method.narrative.MscDomain;
import nl.cmostamm.portal.method.narrative.MscService;
import nl.cmostamm.portal.method.narrative.RoundSummary;

/** The initiative's MSC work at a glance: its domains of change, its rounds and the stories chosen. */
@Named
@RequestScoped
public class MscOverview {

    @EJB
    MscService msc;

    private List<MscDomain> domains;
    private List<RoundSummary> rounds;
    private List<ChosenStory> chosen;

    @PostConstruct
    void load() {
        domains = msc.domains();
        rounds = msc.rounds();
        chosen = msc.chosenForReports();
    }

    public List<MscDomain> getDomains() {
        return domains;
    }

    public List<RoundSummary> getRounds() {
        return rounds;
    }

    public List<ChosenStory> getChosen() {
        return chosen;
    }
}
