/**
 * Goals: the first step of the publication. What the initiative wants to achieve, for which
 * target groups and value themes, linked to a societal effect when it names one. Each goal is
 * measured by indicators (in {@code datacollection}); the goal overview puts every indicator's
 * latest value next to its target.
 */
package nl.cmostamm.portal.goal;
