/**
 * The methods of chapter 5 of the publication: choosing the ones that fit an initiative ({@code
 * chooser}) and applying them ({@code toc}: the Theory of Change; {@code sroi}: SROI analyses of
 * social return on investment, with their arithmetic in {@code sroi.calculation} and the financial
 * proxies they value outcomes with). Tenant-owned, versioned and audited like the rest of an
 * initiative's space, except the proxy library ({@code sroi.proxy}), which the knowledge centre keeps
 * for every initiative.
 */
package nl.cmostamm.portal.method;
