package nl.cmostamm.portal.survey;

import java.io.Serializable;

/** One scored question in two waves: both samples and the difference {@code after − before}. */
public record Comparison(
        Question question, Statistics.Sample before, Statistics.Sample after, Statistics.Difference difference)
        implements Serializable {}
