package nl.cmostamm.portal.web.logbook;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import nl.cmostamm.portal.logbook.HelpRequest;
import nl.cmostamm.portal.logbook.HelpStatus;
import nl.cmostamm.portal.logbook.LogbookService;

/** The weekly logbook: the requests of one week, Monday to Sunday, with the week's totals. */
@Named
@ViewScoped
public class LogbookWeek implements Serializable {

    @EJB
    LogbookService logbook;

    private LocalDate day = LocalDate.now();
    private LocalDate monday;
    private List<HelpRequest> requests;
    private BigDecimal hours;
    private long open;

    @PostConstruct
    void load() {
        show();
    }

    public void show() {
        if (day == null) {
            day = LocalDate.now();
        }
        requests = logbook.week(day);
        monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        hours = requests.stream().map(HelpRequest::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        open = requests.stream().filter(r -> r.getStatus() == HelpStatus.OPEN).count();
    }

    public void previous() {
        day = getMonday().minusWeeks(1);
        show();
    }

    public void next() {
        day = getMonday().plusWeeks(1);
        show();
    }

    public LocalDate getMonday() {
        return monday;
    }

    public LocalDate getSunday() {
        return monday.plusDays(6);
    }

    public BigDecimal getHours() {
        return hours;
    }

    public long getOpen() {
        return open;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public List<HelpRequest> getRequests() {
        return requests;
    }
}
