package nl.cmostamm.portal.web.method.toc;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.method.toc.Chain;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.method.toc.TheoryOfChangeService;
import nl.cmostamm.portal.method.toc.TocVersion;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.web.security.ActiveInitiative;
import nl.cmostamm.portal.web.shared.Navigation;
import org.primefaces.model.StreamedContent;

/** One frozen version of the Theory of Change ({@code ?id=}), read-only: its diagram, list and exports. */
@Named("tocVersion")
@ViewScoped
public class TocVersionPage implements Serializable {

    @EJB
    TheoryOfChangeService toc;

    private TocVersion version;
    private Chain chain;
    private transient String diagram;

    @Inject
    ActiveInitiative activeInitiative;

    @PostConstruct
    void load() {
        Long id = Navigation.idParameter("id");
        if (id == null) {
            throw new NotFoundException("version");
        }
        version = toc.version(id);
        chain = toc.frozenChain(id);
    }

    public String getDiagram() {
        if (diagram == null) {
            diagram = ChainDownloads.svg(chain);
        }
        return diagram;
    }

    public StreamedContent getPdf() {
        return ChainDownloads.pdfFile(
                chain, activeInitiative.getName(), version.getNumber() + ". " + version.getLabel());
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

    public TocVersion getVersion() {
        return version;
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

    public java.util.Map<Long, String> getTitles() {
        return chain.elements().stream()
                .collect(java.util.stream.Collectors.toMap(Chain.Element::id, Chain.Element::title, (a, b) -> a));
    }
}
