package nl.cmostamm.portal.web.method.toc;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.method.toc.Chain;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.method.toc.TheoryOfChangeService;
import nl.cmostamm.portal.method.toc.TocVersion;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.web.shared.Navigation;

/** One frozen version of the Theory of Change ({@code ?id=}), read-only: its diagram, list and exports. */
@Named("tocVersion")
@ViewScoped
public class TocVersionPage implements Serializable {

    @EJB
    TheoryOfChangeService toc;

    private TocVersion version;
    private Chain chain;

    @PostConstruct
    void load() {
        Long id = Navigation.idParameter("id");
        if (id == null) {
            throw new NotFoundException("version");
        }
        version = toc.version(id);
        chain = toc.frozenChain(id);
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
