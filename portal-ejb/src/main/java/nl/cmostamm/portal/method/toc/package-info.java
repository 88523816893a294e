/**
 * The Theory of Change (verandertheorie): the ten-step plan of Sociaal Planbureau Groningen and
 * Trendbureau Drenthe, the chain PROBLEEM → DOEL → INPUT → AANPAK → OUTPUT → OUTCOME → IMPACT with
 * its links and assumptions, the evidence the rest of the portal holds for it, frozen versions and
 * comments.
 */
package nl.cmostamm.portal.method.toc;
