/**
 * The Theory of Change (verandertheorie) as the board sees and prints it: the chain PROBLEEM → DOEL →
 * INPUT → AANPAK → OUTPUT → OUTCOME → IMPACT drawn as a diagram with its evidence, and its exports
 * (SVG, PNG, a PDF for A4 landscape, an Excel workbook for work plans). All of it is plain Java over
 * the {@link nl.cmostamm.portal.method.toc.Chain} read model, so a current chain and every frozen
 * version come out the same.
 */
package nl.cmostamm.portal.web.method.toc;
