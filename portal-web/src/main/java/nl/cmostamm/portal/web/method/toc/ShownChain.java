package nl.cmostamm.portal.web.method.toc;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.cmostamm.portal.method.toc.Chain;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.web.security.ActiveInitiative;
import org.primefaces.model.StreamedContent;

/**
 * What the Theory of Change page and a frozen version's page both show of a chain: the diagram,
 * the list level by level, the element titles for naming a link's ends, and the four downloads.
 */
abstract class ShownChain implements Serializable {

    @Inject
    ActiveInitiative activeInitiative;

    protected Chain chain;
    private transient String diagram;
    private transient Map<Long, String> titles;

    /** The diagram as inline SVG: made here from escaped texts, never from markup a user typed. */
    public String getDiagram() {
        if (diagram == null) {
            diagram = drawing();
        }
        return diagram;
    }

    /** The diagram for this page. */
    protected abstract String drawing();

    /** The time zone of the portal's dates. */
    protected static final java.time.ZoneId AMSTERDAM = java.time.ZoneId.of("Europe/Amsterdam");

    /** The line under the PDF's title: which chain, as of when, printed when. */
    protected abstract String versionLabel();

    /** Today as the portal writes dates: the day a PDF was made. */
    protected static String today() {
        return java.time.format.DateTimeFormatter.ofPattern(nl.cmostamm.portal.shared.DatePatterns.DATE)
                .format(java.time.LocalDate.now(AMSTERDAM));
    }

    public StreamedContent getPdf() {
        return ChainDownloads.pdfFile(chain, activeInitiative.getName(), versionLabel());
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

    /** Each element's title by its id, for naming a link's ends. */
    public Map<Long, String> getTitles() {
        if (titles == null) {
            titles = chain.elements().stream()
                    .collect(Collectors.toMap(Chain.Element::id, Chain.Element::title, (a, b) -> a));
        }
        return titles;
    }
}
