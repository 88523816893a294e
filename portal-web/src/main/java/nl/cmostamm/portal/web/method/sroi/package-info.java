/**
 * The SROI pages of an initiative: its analyses, one analysis' impact map with its result,
 * sensitivity and scenarios, and the forms for the map's parts. The arithmetic is the engine's
 * ({@code method.sroi.calculation}); these beans only show it.
 */
package nl.cmostamm.portal.web.method.sroi;
