/**
 * The methods of chapter 5 of the publication: choosing the ones that fit an initiative ({@code
 * chooser}) and applying them ({@code toc}: the Theory of Change; {@code sroi}: social return on investment, with its arithmetic
 * in {@code sroi.calculation}). Tenant-owned, versioned and
 * audited like the rest of an initiative's space.
 */
package nl.cmostamm.portal.method;
