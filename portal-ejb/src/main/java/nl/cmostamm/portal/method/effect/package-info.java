/**
 * Effect measurement: an initiative links an outcome it strives for to the evidence that shows it,
 * and compares two waves of a survey, one before and one after, to see whether the answers moved.
 *
 * <p>The arithmetic lives here as plain Java, without a container: whether the answers to one
 * choice question are distributed differently ({@link ChiSquare}), how large a difference in mean
 * scores is in standard deviations ({@link HedgesG}, {@link Magnitude}), the six-item De Jong
 * Gierveld loneliness scale ({@link LonelinessScale}), and what a comparison may be read to say
 * ({@link Reading}). Waves are anonymous, so two waves are two independent samples; the difference of
 * two means itself is {@link nl.cmostamm.portal.survey.Statistics#welch Welch's interval}.
 */
package nl.cmostamm.portal.method.effect;
