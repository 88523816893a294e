package nl.cmostamm.portal.survey;

import java.io.Serializable;
import java.util.List;

/**
 * One question answered in two waves of a survey, as effect measurement compares it: its option
 * labels, how many answered it in each wave, the count per option (for a multiple-choice question,
 * how many chose each option) and, for a scored question, both samples.
 */
public record WaveContrast(
        Question question,
        List<String> options,
        long answeredBefore,
        long answeredAfter,
        long[] countsBefore,
        long[] countsAfter,
        Statistics.Sample before,
        Statistics.Sample after)
        implements Serializable {}
