package nl.cmostamm.portal.web.portfolio;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.cmostamm.portal.portfolio.DashboardService;
import nl.cmostamm.portal.portfolio.RollUp;
import nl.cmostamm.portal.shared.DatePatterns;
import nl.cmostamm.portal.shared.ExcelExport;
import nl.cmostamm.portal.web.shared.Downloads;
import nl.cmostamm.portal.web.shared.Formats;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.primefaces.model.StreamedContent;

/**
 * The municipality roll-up ({@code app/portfolio/rollup.xhtml}): for one municipality the totals
 * across the portfolio's active initiatives there, as the service hands them out (small figures
 * already withheld), on the page and as a spreadsheet.
 */
@Named
@ViewScoped
public class RollUpPage implements Serializable {

    @Inject
    PortfolioChoices choices;

    @EJB
    DashboardService dashboard;

    @Inject
    Formats formats;

    private List<String> municipalities;
    private String municipality;
    private RollUp rollUp;

    @PostConstruct
    void init() {
        municipalities = choices.get().municipalities();
    }

    /** View action: a link that names a municipality shows its overview straight away. */
    public void showFromLink() {
        if (municipality != null && !municipality.isBlank()) {
            show();
        }
    }

    public void show() {
        rollUp = ServiceCall.attempt("rollup", () -> dashboard.rollUp(municipality));
    }

    /** The figures in the order the page and the sheet show them, each with its label's key. */
    public List<Line> getLines() {
        if (rollUp == null) {
            return List.of();
        }
        return List.of(
                new Line("rollup.initiatives", rollUp.initiatives()),
                new Line("rollup.volunteers", rollUp.volunteers()),
                new Line("rollup.volunteerHours", rollUp.volunteerHours()),
                new Line("rollup.participants", rollUp.participants()),
                new Line("rollup.outcomesEvidenced", rollUp.outcomesEvidenced()));
    }

    /** One figure of the roll-up: its label's key and its total, "< 5" when withheld. */
    public record Line(String key, RollUp.Figure figure) implements Serializable {}

    public String shown(RollUp.Figure figure) {
        return figure.isWithheld() ? Texts.text("rollup.small") : formats.number(figure.value(), 0);
    }

    public String getAsOf() {
        return rollUp == null || rollUp.oldest() == null
                ? ""
                : DateTimeFormatter.ofPattern(DatePatterns.DATE_TIME)
                        .format(LocalDateTime.ofInstant(rollUp.oldest(), ZoneId.of("Europe/Amsterdam")));
    }

    public StreamedContent getWorkbook() {
        RollUp shown = rollUp;
        List<Line> lines = getLines();
        byte[] file = ExcelExport.write(
                Texts.text("rollup.sheet"), List.of(Texts.text("rollup.figure"), Texts.text("rollup.value")), sheet -> {
                    var title = sheet.createRow(1);
                    title.createCell(0).setCellValue(Texts.text("rollup.municipality"));
                    title.createCell(1).setCellValue(shown.municipality());
                    int row = 2;
                    for (Line line : lines) {
                        var cells = sheet.createRow(row++);
                        cells.createCell(0).setCellValue(Texts.text(line.key()));
                        BigDecimal value = line.figure().value();
                        if (value == null) {
                            cells.createCell(1).setCellValue(Texts.text("rollup.small"));
                        } else {
                            cells.createCell(1).setCellValue(value.doubleValue());
                        }
                    }
                    if (shown.initiatives().isWithheld()) {
                        sheet.createRow(row++).createCell(0).setCellValue(Texts.text("rollup.few"));
                    }
                    if (shown.notRefreshed() > 0) {
                        sheet.createRow(row + 1)
                                .createCell(0)
                                .setCellValue(Texts.text("rollup.notRefreshed", shown.notRefreshed()));
                    }
                });
        return Downloads.excel(file, Downloads.dated("file.rollup"));
    }

    public List<String> getMunicipalities() {
        return municipalities;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public RollUp getRollUp() {
        return rollUp;
    }
}
