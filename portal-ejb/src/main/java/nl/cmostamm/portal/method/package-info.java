/**
 * The methods of chapter 5 of the publication: choosing the ones that fit an initiative ({@code
 * chooser}) and applying them ({@code toc}: the Theory of Change; {@code sroi}: the SROI arithmetic
 * and the financial proxies it values outcomes with). Tenant-owned, versioned and audited like the
 * rest of an initiative's space, except the proxy library ({@code sroi.proxy}), which the knowledge
 * centre keeps for every initiative.
 */
package nl.cmostamm.portal.method;
