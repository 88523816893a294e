package nl.cmostamm.portal.web.method.narrative;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.goal.Goal;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.method.narrative.DomainForm;
import nl.cmostamm.portal.method.narrative.MscDomain;
import nl.cmostamm.portal.method.narrative.MscService;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.method.toc.TheoryOfChangeService;
import nl.cmostamm.portal.method.toc.TocElement;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;

/** A new domain of change, or one to edit ({@code ?id=}): its name, what it covers, its ToC outcome. */
@Named
@ViewScoped
public class EditMscDomain implements Serializable {

    @EJB
    MscService msc;

    @EJB
    TheoryOfChangeService toc;

    @EJB
    GoalService goalService;

    private DomainForm form;
    private List<TocElement> outcomes;
    private List<Goal> goals;

    @PostConstruct
    void load() {
        form = msc.domainForm(Navigation.idParameter("id"));
        outcomes = toc.elementsAt(Level.OUTCOME);
        goals = goalService.goals();
    }

    public void save() {
        boolean created = form.isNew();
        MscDomain saved = ServiceCall.attempt("domain", () -> msc.saveDomain(form));
        if (saved != null) {
            Messages.addFlashGlobalInfo(Texts.text(created ? "msc.domain.created" : "msc.domain.saved"));
            Navigation.redirect("/app/method/msc.xhtml");
        }
    }

    public void delete() {
        if (ServiceCall.run("domain", () -> msc.deleteDomain(form.getId(), form.getVersion()))) {
            Messages.addFlashGlobalInfo(Texts.text("msc.domain.deleted"));
            Navigation.redirect("/app/method/msc.xhtml");
        }
    }

    public DomainForm getForm() {
        return form;
    }

    public List<Goal> getGoals() {
        return goals;
    }

    public List<TocElement> getOutcomes() {
        return outcomes;
    }
}
