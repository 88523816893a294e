/**
 * The SROI pages of an initiative: its analyses, one analysis' impact map with its result,
 * sensitivity and scenarios, and the forms for the map's parts; and the JSON endpoint {@code POST
 * /api/sroi/calculation}, which values an impact map sent to it, stores nothing, and answers bad
 * input field by field in the caller's language. The arithmetic is the engine's ({@code
 * method.sroi.calculation}); these classes only read and show it.
 */
package nl.cmostamm.portal.web.method.sroi;
