package nl.cmostamm.portal.portfolio;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One alert on an initiative: its kind, the name of what it is about (a volunteer, a wave, an
 * indicator, a goal, an invited person; empty for the ToC) and the date that makes it due.
 */
public record Alert(AlertKind kind, String subject, LocalDate due) implements Serializable {

    /** The text bundle's key for this alert's sentence: undated ones have a sentence of their own. */
    public String textKey() {
        return "dashboard.alert." + kind + (due == null ? ".undated" : "");
    }
}
