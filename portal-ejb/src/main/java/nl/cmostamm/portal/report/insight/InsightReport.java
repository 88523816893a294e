package nl.cmostamm.portal.report.insight;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import nl.cmostamm.portal.goal.Light;
import nl.cmostamm.portal.method.outcome.OutcomeRecord;

/**
 * One insight report: per societal effect (and a last section for efforts not linked to one) what
 * the initiative wants to reach and does for it in {@code period}, beside {@code previous}, and over
 * all efforts the spread over target groups. Outcome evidence is as it stands now, not per period.
 */
public record InsightReport(
        String initiative,
        String municipality,
        ReportPeriod period,
        ReportPeriod previous,
        List<Section> sections,
        List<GroupShare> spread,
        Output total,
        Output previousTotal)
        implements Serializable {

    /** Whether the initiative has societal effects to group by (else every effort is unlinked). */
    public boolean hasEffects() {
        return sections.stream().anyMatch(s -> !s.isUnlinked());
    }

    /** What a set of efforts produced in one period. */
    public record Output(int occurrences, int participants, int helpRequests, BigDecimal volunteerHours)
            implements Serializable {

        public static final Output NONE = new Output(0, 0, 0, BigDecimal.ZERO);

        public Output plus(Output other) {
            return new Output(
                    occurrences + other.occurrences,
                    participants + other.participants,
                    helpRequests + other.helpRequests,
                    volunteerHours.add(other.volunteerHours));
        }

        public boolean isEmpty() {
            return occurrences == 0 && helpRequests == 0;
        }
    }

    /** One effort (an activity or a help category) with its output now and in the previous period. */
    public record Effort(String name, boolean help, List<String> targetGroups, Output current, Output previous)
            implements Serializable {}

    /** A goal under the effect, with the worst light of its indicators (grey when none is measured). */
    public record GoalLight(String title, Light light) implements Serializable {}

    /**
     * An outcome of the outcome record under the effect: its title and how many kinds of evidence
     * it has, with its indicators, effect measurements, the number of stories chosen (never their
     * text: a report shows none) and SROI values.
     */
    public record Evidence(
            String title,
            int kinds,
            List<OutcomeRecord.IndicatorEvidence> indicators,
            List<OutcomeRecord.EffectEvidence> effects,
            int storiesChosen,
            List<OutcomeRecord.SroiEvidence> sroi)
            implements Serializable {}

    /**
     * One societal effect; {@code name} null for the efforts linked to none.
     *
     * @param aim what the initiative wants to reach: the effect's description
     */
    public record Section(
            Long effectId,
            String name,
            String aim,
            List<GoalLight> goals,
            List<Effort> efforts,
            Output current,
            Output previous,
            List<Evidence> evidence,
            List<GroupShare> spread)
            implements Serializable {

        public boolean isUnlinked() {
            return effectId == null;
        }
    }

    /**
     * A target group's share of the efforts: participants of the activities meant for it (an
     * activity for several groups counts for each) and help requests that name it, now and before.
     * {@code name} null for help requests that name no group.
     */
    public record GroupShare(
            String name, int participants, int previousParticipants, int helpRequests, int previousHelpRequests)
            implements Serializable {

        public boolean isUnrecorded() {
            return name == null;
        }
    }
}
