package nl.cmostamm.portal.web.report;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import nl.cmostamm.portal.report.factsheet.FactSheet;
import nl.cmostamm.portal.report.factsheet.FactSheetContent;
import nl.cmostamm.portal.report.factsheet.FactSheetForm;
import nl.cmostamm.portal.report.factsheet.FactSheetLink;
import nl.cmostamm.portal.report.factsheet.FactSheetService;
import nl.cmostamm.portal.report.factsheet.KeyFigure;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.story.Story;
import nl.cmostamm.portal.web.security.ActiveInitiative;
import nl.cmostamm.portal.web.shared.Downloads;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import nl.cmostamm.portal.web.shared.Uploads;
import nl.cmostamm.portal.web.survey.PublicLinks;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.primefaces.model.StreamedContent;

/**
 * The board's fact sheet page: choose what the sheet shows, upload a logo, see page 1 of the very
 * PDF that a download gives (rendered as an image, with the sheet's text in its description), and
 * publish it at a public link or revoke one. The preview is made once per save, not in a getter;
 * a sheet that does not fit one page says so here and cannot be downloaded until it does.
 */
@Named
@ViewScoped
public class FactSheetPage implements Serializable {

    /** The preview's resolution: readable on a laptop without making the page heavy. */
    private static final float PREVIEW_DPI = 80;

    @EJB
    FactSheetService sheets;

    @Inject
    ActiveInitiative initiative;

    @Inject
    PublicLinks publicLinks;

    private FactSheetForm form;
    private List<Story> stories;
    private long storiesMissing;
    private boolean logo;
    private boolean saved;
    private boolean fits;
    private int pages;
    private String previewImage;
    private List<FactSheetLink> links;
    private LocalDate expiresOn = FactSheetLink.defaultExpiry();
    private String newLink;
    private transient Part upload;

    @PostConstruct
    void load() {
        form = sheets.form();
        stories = sheets.publishableStories();
        storiesMissing = sheets.storiesWithoutPublicationConsent();
        logo = sheets.hasLogo();
        saved = !form.isNew();
        links = sheets.links();
        if (saved) {
            preview();
        }
    }

    public void save() {
        FactSheet sheet = ServiceCall.attempt("sheet", () -> sheets.save(form));
        if (sheet != null) {
            form = FactSheetForm.of(sheet);
            saved = true;
            preview();
            Texts.info("factsheet.saved");
        }
    }

    public void uploadLogo() {
        byte[] content = Uploads.read(
                upload, FactSheet.MAX_LOGO_BYTES, "logoForm:logo", "factsheet.logo.empty", "factsheet.logo.tooLarge");
        upload = null;
        if (content == null) {
            return;
        }
        FactSheet sheet = ServiceCall.attempt("logoForm", () -> sheets.saveLogo(form.getVersion(), content));
        if (sheet != null) {
            afterLogo(sheet, "factsheet.logo.saved");
        }
    }

    public void removeLogo() {
        FactSheet sheet = ServiceCall.attempt("logoForm", () -> sheets.removeLogo(form.getVersion()));
        if (sheet != null) {
            afterLogo(sheet, "factsheet.logo.removed");
        }
    }

    /** A logo saves the sheet too: the form takes its new version, and keeps what was typed. */
    private void afterLogo(FactSheet sheet, String message) {
        FactSheetForm fresh = FactSheetForm.of(sheet);
        logo = sheet.hasLogo();
        saved = true;
        form = fresh;
        preview();
        Texts.info(message);
    }

    /** The PDF as downloaded: made anew (the figures may have changed), audited by the service. */
    public StreamedContent getPdf() {
        FactSheetContent content = ServiceCall.attempt(null, sheets::download);
        if (content == null) {
            return null;
        }
        return Downloads.pdf(
                FactSheetDocument.make(content).pdf(), Downloads.dated("file.factSheet", initiative.getId()));
    }

    public void publish() {
        String token = ServiceCall.attempt("publishForm", () -> sheets.publish(expiresOn));
        if (token != null) {
            newLink = publicLinks.factSheet(token);
            links = sheets.links();
            expiresOn = FactSheetLink.defaultExpiry();
            Texts.info("factsheet.publish.done");
        }
    }

    public void revoke(FactSheetLink link) {
        if (ServiceCall.run("linksForm", () -> sheets.revoke(link.getId(), link.getVersion()))) {
            links = sheets.links();
            newLink = null;
            Texts.info("factsheet.links.revoked");
        }
    }

    private void preview() {
        FactSheetDocument.Made made = FactSheetDocument.make(sheets.preview());
        fits = made.fits();
        pages = made.pages();
        try (PDDocument pdf = Loader.loadPDF(made.pdf())) {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, PREVIEW_DPI), "png", png);
            previewImage = "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String status(FactSheetLink link) {
        return Texts.text("factsheet.links.status." + link.status(LocalDate.now()));
    }

    public boolean active(FactSheetLink link) {
        return link.status(LocalDate.now()) == FactSheetLink.Status.ACTIVE;
    }

    public KeyFigure[] getFigureChoices() {
        return KeyFigure.values();
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public LocalDate getLatestExpiry() {
        return LocalDate.now().plusYears(FactSheetLink.MAX_YEARS);
    }

    public LocalDate getEarliestExpiry() {
        return LocalDate.now().plusDays(1);
    }

    public FactSheetForm getForm() {
        return form;
    }

    public List<Story> getStories() {
        return stories;
    }

    public long getStoriesMissing() {
        return storiesMissing;
    }

    public boolean isLogo() {
        return logo;
    }

    public boolean isSaved() {
        return saved;
    }

    public boolean isFits() {
        return fits;
    }

    public int getPages() {
        return pages;
    }

    public String getPreviewImage() {
        return previewImage;
    }

    public List<FactSheetLink> getLinks() {
        return links;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getNewLink() {
        return newLink;
    }

    public boolean isManager() {
        return initiative.isManager();
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }
}
