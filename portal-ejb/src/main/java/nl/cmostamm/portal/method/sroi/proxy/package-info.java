/**
 * The knowledge centre's library of financial proxies for SROI: what a change in people's lives is
 * worth in euros (per hour of care, per person per year of less loneliness, …), with the price year
 * and the source it comes from, and the outcome types it suits. It belongs to no initiative: every
 * signed-in person reads it, advisors and admins keep it ({@link
 * nl.cmostamm.portal.method.sroi.proxy.ProxyLibrary}). A proxy is retired, never deleted, so an
 * impact map that copied it can still point at it; every change is kept in its own append-only
 * history ({@link nl.cmostamm.portal.method.sroi.proxy.ProxyChange}), because the initiatives' audit
 * log holds only an initiative's rows. {@link nl.cmostamm.portal.method.sroi.proxy.PriceYear} says
 * when a price has grown too old to use without a second look.
 */
package nl.cmostamm.portal.method.sroi.proxy;
