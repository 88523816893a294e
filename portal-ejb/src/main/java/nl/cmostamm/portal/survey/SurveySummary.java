package nl.cmostamm.portal.survey;

import java.io.Serializable;

/** A survey in the list: how many questions, waves and responses it has, and whether a wave is open. */
public record SurveySummary(Survey survey, long questions, long waves, long responses, boolean open)
        implements Serializable {}
