package nl.cmostamm.portal.datacollection;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did: the refused rows (then nothing was saved), or how many values were new,
 * changed and already present.
 */
public record ImportReport(List<MeasurementCsv.RowError> errors, int added, int changed, int unchanged)
        implements Serializable {

    public boolean imported() {
        return errors.isEmpty();
    }
}
