package nl.cmostamm.portal.method.sroi;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The ratio of a final analysis as a document quotes it: with the range its sensitivity analysis
 * gives and the day it was made final, because a ratio without either is a claim, not a result.
 *
 * @param lowest the lowest ratio of the sensitivity analysis
 * @param highest the highest ratio of the sensitivity analysis
 */
public record FinalRatio(String title, BigDecimal ratio, BigDecimal lowest, BigDecimal highest, LocalDate finalisedOn)
        implements Serializable {}
