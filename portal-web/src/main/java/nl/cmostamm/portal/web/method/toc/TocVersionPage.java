package nl.cmostamm.portal.web.method.toc;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import nl.cmostamm.portal.method.toc.TheoryOfChangeService;
import nl.cmostamm.portal.method.toc.TocVersion;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.Texts;

/** One frozen version of the Theory of Change ({@code ?id=}), read-only: its diagram, list and exports. */
@Named("tocVersion")
@ViewScoped
public class TocVersionPage extends ShownChain {

    @EJB
    TheoryOfChangeService toc;

    private TocVersion version;

    @PostConstruct
    void load() {
        Long id = Navigation.idParameter("id");
        if (id == null) {
            throw new NotFoundException("version");
        }
        version = toc.version(id);
        chain = toc.frozenChain(id);
    }

    @Override
    protected String drawing() {
        return ChainDownloads.svg(chain);
    }

    @Override
    protected String versionLabel() {
        return Texts.text(
                "toc.report.version",
                version.getNumber(),
                version.getLabel(),
                java.time.format.DateTimeFormatter.ofPattern(nl.cmostamm.portal.shared.DatePatterns.DATE)
                        .format(version.getFrozenAt().atZone(AMSTERDAM)),
                today());
    }

    public TocVersion getVersion() {
        return version;
    }
}
