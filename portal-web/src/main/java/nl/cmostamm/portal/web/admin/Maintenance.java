package nl.cmostamm.portal.web.admin;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.cmostamm.portal.maintenance.JobRun;
import nl.cmostamm.portal.maintenance.JobRuns;
import nl.cmostamm.portal.maintenance.Retention;
import nl.cmostamm.portal.maintenance.RetentionClass;
import nl.cmostamm.portal.portfolio.MorningAlerts;
import nl.cmostamm.portal.web.shared.Focus;
import nl.cmostamm.portal.web.shared.ServiceCall;
import nl.cmostamm.portal.web.shared.Texts;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The knowledge centre's view of the portal's scheduled work: how long each kind of record is kept,
 * every run (retention and the morning's alerts, each scheduled once a day per cluster, or asked for
 * here) with what it did, and a button to run each now.
 */
@Named
@ViewScoped
public class Maintenance implements Serializable {

    /** One retention class with its configured period. */
    public record Period(String code, int days) implements Serializable {}

    @EJB
    Retention retention;

    @EJB
    JobRuns runs;

    @EJB
    MorningAlerts alerts;

    private boolean ran;
    private boolean alertsRan;

    private final LazyDataModel<JobRun> runList = new LazyDataModel<>() {
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) runs.count();
        }

        @Override
        public List<JobRun> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return runs.page(first, pageSize);
        }
    };

    public List<Period> getPeriods() {
        return Arrays.stream(RetentionClass.values())
                .map(c -> new Period(c.code(), c.days()))
                .toList();
    }

    public LazyDataModel<JobRun> getRuns() {
        return runList;
    }

    public void runNow() {
        if (ServiceCall.run(null, retention::runNow)) {
            // said next to the button, where the eye and the keyboard focus are (the page's messages
            // sit above, out of view once the list is long); the new run is the list's first row
            ran = true;
            alertsRan = false;
            Focus.stayOnSource();
        }
    }

    /**
     * Works out every active initiative's dashboard figures and alerts now, and mails advisors the
     * new ones, as the morning's run does.
     */
    public void alertsNow() {
        if (ServiceCall.run(null, alerts::runNow)) {
            alertsRan = true;
            ran = false;
            Focus.stayOnSource();
        }
    }

    public boolean isAlertsRan() {
        return alertsRan;
    }

    /** Whether a run was just started from this page: its confirmation shows beside the button. */
    public boolean isRan() {
        return ran;
    }

    /** What a run removed, in words: "3 workshopsessies, 12 links, …". */
    public String removed(JobRun run) {
        return run.getCounts().entrySet().stream()
                .map(e -> Texts.text("maintenance.count." + e.getKey(), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** The server that did a run: its host name, with the process to tell two nodes on one host apart. */
    public String node(JobRun run) {
        String node = run.getNode();
        int at = node.indexOf('@');
        return at < 0 ? node : Texts.text("maintenance.nodeValue", node.substring(at + 1), node.substring(0, at));
    }

    /** How long a run took, in milliseconds under a second, else in seconds; empty while running. */
    public String duration(JobRun run) {
        Duration duration = run.getDuration();
        if (duration == null) {
            return "";
        }
        long millis = duration.toMillis();
        return millis < 1000
                ? Texts.text("maintenance.millis", millis)
                : Texts.text("maintenance.seconds", millis / 1000.0);
    }

    /** For Faces' date converter, which formats java.util.Date in the view's time zone. */
    public Date when(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
