package nl.cmostamm.portal.web.datacollection;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import nl.cmostamm.portal.datacollection.GridRow;
import nl.cmostamm.portal.datacollection.MeasurementService;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;

/**
 * One period's values for every indicator at once. The user picks a day; each indicator shows
 * the period its own frequency gives that day (its month, quarter, week or year) and the value
 * already recorded for it. Saving twice saves the same values, never a second copy.
 */
@Named
@ViewScoped
public class RecordMeasurements implements Serializable {

    @EJB
    MeasurementService measurements;

    private LocalDate day = LocalDate.now();
    private List<GridRow> rows;

    @PostConstruct
    void load() {
        rows = measurements.grid(day);
    }

    /** Shows the grid for the chosen day. */
    public void show() {
        rows = measurements.grid(day == null ? LocalDate.now() : day);
    }

    public void save() {
        Integer saved = ServiceCall.attempt("grid", () -> measurements.recordPeriod(rows));
        if (saved != null) {
            Texts.info("record.saved", saved);
            rows = measurements.grid(day);
        }
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public List<GridRow> getRows() {
        return rows;
    }
}
