package nl.cmostamm.portal.web.datacollection;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.datacollection.ImportReport;
import nl.cmostamm.portal.datacollection.Measurement;
import nl.cmostamm.portal.datacollection.MeasurementCsv;
import nl.cmostamm.portal.datacollection.MeasurementService;
import nl.cmostamm.portal.web.shared.Downloads;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * All measurements of the initiative: the paged list, the CSV import with a downloadable template
 * and a per-row report of problems (one bad row and nothing is imported), and the CSV and Excel
 * exports. Exports are written to the audit log.
 */
@Named
@ViewScoped
public class Measurements implements Serializable {

    @EJB
    MeasurementService measurements;

    private transient Part file;
    private ImportReport report;

    private final LazyDataModel<Measurement> list = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) measurements.count();
        }

        @Override
        public List<Measurement> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return measurements.page(first, pageSize);
        }
    };

    public void importFile() {
        report = null;
        if (file == null || file.getSize() == 0) {
            Texts.errorAt("import:file", "import.file.empty");
            return;
        }
        if (file.getSize() > MeasurementCsv.MAX_BYTES) {
            Texts.errorAt("import:file", "import.file.tooLarge");
            return;
        }
        byte[] content;
        try (var in = file.getInputStream()) {
            content = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            file = null;
        }
        report = ServiceCall.attempt("import", () -> measurements.importCsv(content));
        if (report != null && report.imported()) {
            Texts.info("import.done", report.added(), report.changed(), report.unchanged());
        } else if (report != null) {
            Texts.errorAt("import:file", "import.refused", report.errors().size());
        }
    }

    public void delete(long id, long version) {
        if (ServiceCall.run(null, () -> measurements.delete(id, version))) {
            Texts.info("measurement.deleted");
        }
    }

    public StreamedContent template() {
        return Downloads.csv(
                measurements.template(LocalDate.now(), Texts::text), Texts.text("file.measurementTemplate"));
    }

    public StreamedContent exportCsv() {
        return Downloads.csv(measurements.exportCsv(Texts::text), Downloads.dated("file.measurements"));
    }

    public StreamedContent exportExcel() {
        return Downloads.excel(measurements.exportExcel(Texts::text), Downloads.dated("file.measurements"));
    }

    /** The text of one refused row of the last import. */
    public String problem(MeasurementCsv.RowError error) {
        return Texts.text(error.messageKey(), error.detail());
    }

    public LazyDataModel<Measurement> getList() {
        return list;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public ImportReport getReport() {
        return report;
    }
}
