package nl.cmostamm.portal.web.method.toc;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.method.toc.ChainDiff;
import nl.cmostamm.portal.method.toc.TheoryOfChangeService;
import nl.cmostamm.portal.method.toc.TocVersion;
import nl.cmostamm.portal.web.shared.Navigation;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.omnifaces.util.Messages;

/**
 * The frozen versions of the Theory of Change: freezing the current chain under a label, the list
 * of versions, and what changed between two of them (or between one and the current chain).
 */
@Named
@ViewScoped
public class TocVersions implements Serializable {

    @EJB
    TheoryOfChangeService toc;

    private List<TocVersion> versions;
    private String label;
    private Long olderId;
    private Long newerId;
    private ChainDiff diff;
    private String comparedOlder;
    private String comparedNewer;

    @PostConstruct
    void load() {
        versions = toc.versions();
        if (!versions.isEmpty()) {
            olderId = versions.get(0).getId();
        }
    }

    public void freeze() {
        TocVersion frozen = ServiceCall.attempt("freeze", () -> toc.freeze(label));
        if (frozen != null) {
            Messages.addFlashGlobalInfo(Texts.text("toc.version.frozen", frozen.getLabel()));
            Navigation.redirect("/app/method/toc-versions.xhtml");
        }
    }

    public void compare() {
        if (olderId == null) {
            Texts.error("toc.compare.choose");
            return;
        }
        if (olderId.equals(newerId)) {
            Texts.error("toc.compare.same");
            return;
        }
        if (newerId != null && number(olderId) > number(newerId)) {
            Texts.error("toc.compare.order");
            return;
        }
        diff = toc.compare(olderId, newerId);
        comparedOlder = name(olderId);
        comparedNewer = newerId == null ? Texts.text("toc.compare.current") : name(newerId);
    }

    private int number(long id) {
        return versions.stream()
                .filter(v -> v.getId() == id)
                .mapToInt(TocVersion::getNumber)
                .findFirst()
                .orElse(0);
    }

    private String name(long id) {
        return versions.stream()
                .filter(v -> v.getId() == id)
                .map(v -> v.getNumber() + ". " + v.getLabel())
                .findFirst()
                .orElse("?");
    }

    public List<TocVersion> getVersions() {
        return versions;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public Long getOlderId() {
        return olderId;
    }

    public void setOlderId(Long olderId) {
        this.olderId = olderId;
    }

    public Long getNewerId() {
        return newerId;
    }

    public void setNewerId(Long newerId) {
        this.newerId = newerId;
    }

    public ChainDiff getDiff() {
        return diff;
    }

    public String getComparedOlder() {
        return comparedOlder;
    }

    public String getComparedNewer() {
        return comparedNewer;
    }
}
