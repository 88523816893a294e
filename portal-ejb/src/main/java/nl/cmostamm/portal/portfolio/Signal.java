package nl.cmostamm.portal.portfolio;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.cmostamm.portal.initiative.InitiativeStatus;
import nl.cmostamm.portal.initiative.Province;
import nl.cmostamm.portal.initiative.SocialBasisLevel;
import nl.cmostamm.portal.method.Method;
import nl.cmostamm.portal.method.chooser.Phase;

/**
 * One row of the dashboard: an initiative's profile with the figures and alerts its last refresh
 * found. {@code refreshedAt} is null for an initiative whose figures were never worked out; then
 * every figure is zero and means nothing yet.
 */
public record Signal(
        long initiativeId,
        String slug,
        String name,
        String municipality,
        Province province,
        SocialBasisLevel level,
        InitiativeStatus status,
        Instant refreshedAt,
        Instant lastActivity,
        Phase phase,
        List<Method> methods,
        Figures figures,
        Sroi sroi,
        List<Alert> alerts)
        implements Serializable {

    /**
     * The key figures: visits to activities and help given in the last twelve months, active
     * volunteers, volunteer hours (activities and help requests) in twelve months, survey responses
     * in the current half year, stories with a consent in force, and outcomes with evidence.
     */
    public record Figures(
            int participants,
            int volunteers,
            BigDecimal volunteerHours,
            int responses,
            int storiesWithConsent,
            int outcomes,
            int outcomesEvidenced)
            implements Serializable {

        public static final Figures NONE = new Figures(0, 0, BigDecimal.ZERO, 0, 0, 0, 0);
    }

    /** The ratio of the latest final SROI analysis with the range its sensitivity analysis gives. */
    public record Sroi(BigDecimal ratio, BigDecimal low, BigDecimal high, LocalDate finalOn) implements Serializable {}

    public boolean isRefreshed() {
        return refreshedAt != null;
    }

    public boolean hasSroi() {
        return sroi != null;
    }

    public Signal withAlerts(List<Alert> all) {
        return new Signal(
                initiativeId,
                slug,
                name,
                municipality,
                province,
                level,
                status,
                refreshedAt,
                lastActivity,
                phase,
                methods,
                figures,
                sroi,
                List.copyOf(all));
    }
}
