package nl.cmostamm.portal.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import nl.cmostamm.portal.departure.Choice;
import nl.cmostamm.portal.departure.InitiativeDeparture;
import nl.cmostamm.portal.departure.InitiativeTables;
import nl.cmostamm.portal.departure.Inventory;
import nl.cmostamm.portal.departure.PurgeRecord;
import nl.cmostamm.portal.web.shared.ActiveLocale;
import nl.cmostamm.portal.web.shared.Downloads;
import nl.cmostamm.portal.web.shared.Focus;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import nl.cmostamm.portal.web.shared.ZipDownload;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;

/**
 * An initiative leaves (/app/admin/leave.xhtml): the admin picks it, sees what it holds kind by
 * kind, downloads the full export after a warning, and then purges it, confirming twice (a dialog,
 * then its name typed back). Holds the picked initiative's id and counts for the view; every step
 * asks the service again, which works in that initiative's tenancy and checks the rules itself.
 */
@Named
@ViewScoped
public class InitiativeLeaves implements Serializable {

    @EJB
    InitiativeDeparture departure;

    @Inject
    ActiveLocale locale;

    private List<Choice> initiatives;
    private List<PurgeRecord> purges;
    private Long chosen;
    private Inventory inventory;
    private boolean exportUnderstood;
    private boolean withoutExport;
    private String typedName;
    private PurgeRecord purged;

    @PostConstruct
    void load() {
        initiatives = departure.initiatives();
        purges = departure.purges();
    }

    /** Shows what the chosen initiative holds. */
    public void choose() {
        exportUnderstood = false;
        withoutExport = false;
        typedName = null;
        purged = null;
        inventory = chosen == null ? null : departure.inventory(chosen);
        // keyboard users keep their place: the button, not the top of the page
        Focus.stayOnSource();
    }

    /**
     * After the export has arrived (the download monitor calls this): the page shows the export it
     * just made, and the errors of an earlier try go.
     */
    public void exported() {
        refresh();
        Texts.info("leave.export.done");
    }

    /** The kinds of data the initiative holds rows of; the empty ones are left out of the list. */
    public java.util.List<nl.cmostamm.portal.departure.Inventory.Count> getHeldCounts() {
        return inventory == null
                ? java.util.List.of()
                : inventory.counts().stream().filter(c -> c.rows() > 0).toList();
    }

    /** Reads the counts and the last export again, after a download. */
    public void refresh() {
        if (inventory != null) {
            inventory = departure.inventory(inventory.initiativeId());
        }
    }

    /** The export, streamed; only after the warning was acknowledged. */
    public StreamedContent download() {
        if (inventory == null) {
            return null;
        }
        if (!exportUnderstood) {
            Texts.errorAt("export:understood", "departure.export.confirmFirst");
            return null;
        }
        long id = inventory.initiativeId();
        InitiativeDeparture service = departure;
        return ZipDownload.of(
                Downloads.dated("file.initiativeExport") + "-" + inventory.slug(), out -> service.export(id, out));
    }

    /** The purge, after the dialog and the typed name; the service checks both again. */
    /**
     * Checks what the admin filled in before asking "are you sure?": the typed name and, without an
     * export, the explicit choice to go on without one; every refusal at once, beside its field. The
     * service checks both again when the purge is confirmed.
     */
    public void checkPurge() {
        if (inventory == null) {
            return;
        }
        boolean ready = true;
        if (typedName == null || typedName.isBlank()) {
            Texts.errorAt("purge:typedName", "leave.purge.typeName.required");
            ready = false;
        } else if (!typedName.strip().equals(inventory.name().strip())) {
            Texts.errorAt("purge:typedName", "departure.purge.nameMismatch");
            ready = false;
        }
        if (inventory.lastExport() == null && !withoutExport) {
            Texts.errorAt("purge:withoutExport", "departure.purge.exportFirst");
            ready = false;
        }
        if (ready) {
            PrimeFaces.current().ajax().addCallbackParam("purgeReady", true);
        } else {
            Focus.stayOnSource();
        }
    }

    public void purge() {
        if (inventory == null) {
            return;
        }
        PurgeRecord record =
                ServiceCall.attempt("purge", () -> departure.purge(inventory.initiativeId(), typedName, withoutExport));
        if (record == null) {
            return;
        }
        purged = record;
        Texts.info("departure.purge.done", record.name(), record.initiativeId(), record.totalRows());
        inventory = null;
        chosen = null;
        typedName = null;
        initiatives = departure.initiatives();
        purges = departure.purges();
    }

    /** What a kind of record is, in the reader's language. */
    public String describe(InitiativeTables.Kind kind) {
        return locale.isEnglish() ? kind.english() : kind.dutch();
    }

    /** The last question before the purge, naming the initiative. */
    public String getConfirmText() {
        return inventory == null ? "" : Texts.text("leave.purge.confirmNamed", inventory.name());
    }

    /** The label of the name to type: it names the initiative, so the admin copies nothing wrong. */
    public String getTypeNameLabel() {
        return inventory == null ? "" : Texts.text("leave.purge.typeName", inventory.name());
    }

    public Date when(OffsetDateTime moment) {
        return moment == null ? null : Date.from(moment.toInstant());
    }

    public List<Choice> getInitiatives() {
        return initiatives;
    }

    public List<PurgeRecord> getPurges() {
        return purges;
    }

    public Long getChosen() {
        return chosen;
    }

    public void setChosen(Long chosen) {
        this.chosen = chosen;
    }

    public Inventory getInventory() {
        return inventory;
    }

    public boolean isExportUnderstood() {
        return exportUnderstood;
    }

    public void setExportUnderstood(boolean exportUnderstood) {
        this.exportUnderstood = exportUnderstood;
    }

    public boolean isWithoutExport() {
        return withoutExport;
    }

    public void setWithoutExport(boolean withoutExport) {
        this.withoutExport = withoutExport;
    }

    public String getTypedName() {
        return typedName;
    }

    public void setTypedName(String typedName) {
        this.typedName = typedName;
    }

    public PurgeRecord getPurged() {
        return purged;
    }
}
