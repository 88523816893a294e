package nl.cmostamm.portal.web.initiative;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import nl.cmostamm.portal.departure.InitiativeDeparture;
import nl.cmostamm.portal.security.Standing;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.web.security.ActiveInitiative;
import nl.cmostamm.portal.web.shared.Downloads;
import nl.cmostamm.portal.web.shared.Texts;
import nl.cmostamm.portal.web.shared.ZipDownload;
import org.primefaces.model.StreamedContent;

/**
 * The entered initiative's own full export (/app/initiative/export.xhtml), for its board admins:
 * the same ZIP the knowledge centre makes when an initiative leaves, since it is their data. Advisors
 * and board members are refused, here and by the service.
 */
@Named
@ViewScoped
public class ExportInitiative implements Serializable {

    @EJB
    InitiativeDeparture departure;

    @Inject
    ActiveInitiative activeInitiative;

    private boolean understood;

    @PostConstruct
    void check() {
        if (!activeInitiative.isEntered()) {
            throw new NotFoundException("Initiative");
        }
        Standing standing = activeInitiative.getStanding();
        if (standing != Standing.BOARD_ADMIN && standing != Standing.ADMIN) {
            throw new AccessDeniedException("Only the initiative's board admins export all of its data");
        }
    }

    /** After the export has arrived (the download monitor calls this): a confirmation, no stale error. */
    public void exported() {
        Texts.info("leave.export.done");
    }

    /** The export, streamed; only after the warning was acknowledged. */
    public StreamedContent download() {
        if (!understood) {
            Texts.errorAt("export:understood", "departure.export.confirmFirst");
            return null;
        }
        InitiativeDeparture service = departure;
        return ZipDownload.of(
                Downloads.dated("file.initiativeExport") + "-" + activeInitiative.getSlug(),
                out -> service.exportOwn(out));
    }

    public boolean isUnderstood() {
        return understood;
    }

    public void setUnderstood(boolean understood) {
        this.understood = understood;
    }
}
