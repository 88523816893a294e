/**
 * Goals: the first step of the publication. What the initiative wants to achieve, for which
 * target groups and value themes, linked to a societal effect when it names one. Each goal is
 * measured by indicators, which belong to it: what is measured, how it is gathered and, for an
 * output, which register computes it. Their values per period are measurements, kept by
 * {@code datacollection}, which depends on this package and not the other way round; the goal
 * overview puts every indicator's latest value next to its target.
 */
package nl.cmostamm.portal.goal;
