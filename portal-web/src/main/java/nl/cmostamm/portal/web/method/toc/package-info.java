/**
 * The Theory of Change (verandertheorie) pages: the chain PROBLEEM → DOEL → INPUT → AANPAK → OUTPUT →
 * OUTCOME → IMPACT with its links and assumptions, the ten-step plan, the element editor and the
 * frozen versions; and the chain drawn as a diagram with its evidence, with its exports (SVG, PNG, a
 * PDF for A4 landscape, an Excel workbook for work plans). The diagram and exports are plain Java
 * over the {@link nl.cmostamm.portal.method.toc.Chain} read model, so the current chain and every
 * frozen version come out the same.
 */
package nl.cmostamm.portal.web.method.toc;
