package nl.cmostamm.portal.web.method.toc;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Map;
import nl.cmostamm.portal.method.toc.Confidence;
import nl.cmostamm.portal.method.toc.LinkForm;
import nl.cmostamm.portal.method.toc.TheoryOfChangeService;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;

/**
 * The Theory of Change: the chain as a diagram and as a list (the list is the keyboard and screen
 * reader path, and where links are added and edited), with what evidence supports each element.
 */
@Named("theoryOfChange")
@ViewScoped
public class TheoryOfChangePage extends ShownChain {

    @EJB
    TheoryOfChangeService toc;

    private LinkForm linkForm = new LinkForm();
    private int step;
    private boolean planCompleted;
    private transient Map<Long, String> assumptionNumbers;

    @PostConstruct
    void load() {
        chain = toc.chain();
        TheoryOfChangeService.PlanState plan = toc.plan();
        step = plan.step();
        planCompleted = plan.completed();
        Long linkId = Navigation.idParameter("link");
        if (linkId != null) {
            linkForm = toc.linkForm(linkId);
        }
    }

    @Override
    protected String drawing() {
        return ChainDownloads.editableSvg(chain);
    }

    @Override
    protected String versionLabel() {
        return Texts.text("toc.report.current", today());
    }

    public void saveLink() {
        boolean created = linkForm.isNew();
        if (ServiceCall.attempt("linkForm", () -> toc.saveLink(linkForm)) != null) {
            Messages.addFlashGlobalInfo(Texts.text(created ? "toc.link.created" : "toc.link.saved"));
            Navigation.redirect("/app/method/toc.xhtml");
        }
    }

    /** Deletes the link open in the form. */
    public void deleteLink() {
        if (ServiceCall.run("linkForm", () -> toc.deleteLink(linkForm.getId(), linkForm.getVersion()))) {
            Messages.addFlashGlobalInfo(Texts.text("toc.link.deleted"));
            Navigation.redirect("/app/method/toc.xhtml");
        }
    }

    public Confidence[] getConfidences() {
        return Confidence.values();
    }

    /** The assumption numbers A1, A2, … by link id, as the diagram and the exports number them. */
    public Map<Long, String> getAssumptionNumbers() {
        if (assumptionNumbers == null) {
            assumptionNumbers = new java.util.HashMap<>();
            ChainTexts.numberedLinks(chain).forEach((link, number) -> assumptionNumbers.put(link.id(), number));
        }
        return assumptionNumbers;
    }

    /** How many measurable elements have evidence, of how many: the page's summary of where the chain stands. */
    public long getEvidenced() {
        return chain.elements().stream()
                .filter(e -> e.level().measurable() && e.evidenced())
                .count();
    }

    public long getMeasurable() {
        return chain.elements().stream().filter(e -> e.level().measurable()).count();
    }

    public LinkForm getLinkForm() {
        return linkForm;
    }

    public int getStep() {
        return step;
    }

    public boolean isPlanCompleted() {
        return planCompleted;
    }
}
