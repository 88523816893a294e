/**
 * The outcome record ("Wat bereiken we?"): per outcome the initiative strives for, all the evidence
 * the four methods hold for it side by side. Indicators with their trend and light, the survey
 * effect with its interval, the stories Most Significant Change chose, the SROI value with its
 * range, and the Theory of Change's links with their confidence; what is missing, shown as such.
 */
package nl.cmostamm.portal.method.outcome;
