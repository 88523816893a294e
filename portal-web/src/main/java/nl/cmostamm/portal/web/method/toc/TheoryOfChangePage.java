package nl.cmostamm.portal.web.method.toc;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.cmostamm.portal.method.toc.Chain;
import nl.cmostamm.portal.method.toc.Confidence;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.method.toc.LinkForm;
import nl.cmostamm.portal.method.toc.TheoryOfChangeService;
import nl.cmostamm.portal.method.toc.TocElement;
import nl.cmostamm.portal.method.toc.TocLink;
import nl.cmostamm.portal.web.security.ActiveInitiative;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;
import org.primefaces.model.StreamedContent;

/**
 * The Theory of Change: the chain as a diagram and as a list (the list is the keyboard and screen
 * reader path, and where links are added and edited), with what evidence supports each element.
 */
@Named("theoryOfChange")
@ViewScoped
public class TheoryOfChangePage implements Serializable {

    @EJB
    TheoryOfChangeService toc;

    @Inject
    ActiveInitiative activeInitiative;

    private Chain chain;
    private List<TocLink> links;
    private List<TocElement> elements;
    private LinkForm linkForm = new LinkForm();
    private int step;
    private boolean planCompleted;
    private transient String diagram;

    @PostConstruct
    void load() {
        chain = toc.chain();
        links = toc.links();
        elements = toc.elements();
        step = toc.step();
        planCompleted = toc.planCompleted();
        Long linkId = Navigation.idParameter("link");
        if (linkId != null) {
            linkForm = toc.linkForm(linkId);
        }
    }

    /** Opens a link in the form below the list, to change its assumption, confidence or evidence. */
    public void editLink(long id) {
        linkForm = toc.linkForm(id);
    }

    public void newLink() {
        linkForm = new LinkForm();
    }

    public void saveLink() {
        boolean created = linkForm.isNew();
        if (ServiceCall.attempt("link", () -> toc.saveLink(linkForm)) != null) {
            Messages.addFlashGlobalInfo(Texts.text(created ? "toc.link.created" : "toc.link.saved"));
            Navigation.redirect("/app/method/toc.xhtml");
        }
    }

    public void deleteLink(long id, long version) {
        if (ServiceCall.run("links", () -> toc.deleteLink(id, version))) {
            Messages.addFlashGlobalInfo(Texts.text("toc.link.deleted"));
            Navigation.redirect("/app/method/toc.xhtml");
        }
    }

    /** The diagram as inline SVG: made here from escaped texts, never from markup a user typed. */
    public String getDiagram() {
        if (diagram == null) {
            diagram = ChainDownloads.editableSvg(chain);
        }
        return diagram;
    }

    public StreamedContent getPdf() {
        return ChainDownloads.pdfFile(chain, activeInitiative.getName(), null);
    }

    public StreamedContent getExcel() {
        return ChainDownloads.excelFile(chain);
    }

    public StreamedContent getPng() {
        return ChainDownloads.pngFile(chain);
    }

    public StreamedContent getSvg() {
        return ChainDownloads.svgFile(chain);
    }

    public Chain getChain() {
        return chain;
    }

    public List<Chain.Element> at(Level level) {
        return chain.at(level);
    }

    public Level[] getLevels() {
        return Level.values();
    }

    public Confidence[] getConfidences() {
        return Confidence.values();
    }

    public List<TocLink> getLinks() {
        return links;
    }

    public List<TocElement> getElements() {
        return elements;
    }

    /** The assumption numbers A1, A2, … by link id, as the diagram and the exports number them. */
    public Map<Long, String> getAssumptionNumbers() {
        Map<Long, String> numbers = new java.util.HashMap<>();
        ChainTexts.numberedLinks(chain).forEach((link, number) -> numbers.put(link.id(), number));
        return numbers;
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

    public Map<Long, String> getTitles() {
        return chain.elements().stream()
                .collect(Collectors.toMap(Chain.Element::id, Chain.Element::title, (a, b) -> a));
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
