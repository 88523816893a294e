/**
 * The methods of chapter 5 of the publication: choosing the ones that fit an initiative ({@code
 * chooser}) and applying them ({@code toc}: the Theory of Change; {@code sroi}: SROI analyses of
 * social return on investment, with their arithmetic in {@code sroi.calculation} and the financial
 * proxies they value outcomes with; {@code narrative}: Most Significant Change; {@code effect}:
 * effect measurement by comparing survey waves). The publication's point is that methods are
 * combined, so evidence links to what it stands for in one way ({@link
 * nl.cmostamm.portal.method.OutcomeLinks}: a ToC outcome, or a goal), and {@code outcome} puts it
 * all side by side per outcome. Tenant-owned, versioned and audited like the rest of an
 * initiative's space, except the proxy library ({@code sroi.proxy}), which the knowledge centre keeps
 * for every initiative.
 */
package nl.cmostamm.portal.method;
