package nl.cmostamm.portal.survey;

import java.io.Serializable;
import java.time.LocalDate;

/** A wave with its number of responses. */
public record WaveSummary(Wave wave, long responses) implements Serializable {

    public boolean isOpen() {
        return wave.isOpenOn(LocalDate.now());
    }

    public boolean isUpcoming() {
        return LocalDate.now().isBefore(wave.getOpensOn());
    }
}
