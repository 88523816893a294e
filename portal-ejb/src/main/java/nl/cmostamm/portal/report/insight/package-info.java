/**
 * The insight report ("inzichtrapportage"): for a period and the one before it, per societal effect
 * what the initiative wants to reach, the efforts that serve it (activities and the logbook's help),
 * their outputs, the evidence of outcomes from the outcome record, and how the efforts are spread
 * over target groups. Welzijn Westerwolde's half-yearly report to its municipality.
 */
package nl.cmostamm.portal.report.insight;
