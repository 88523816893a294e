/**
 * The advisor's view across initiatives. The one place where code reads initiatives other than
 * the one the user has entered: admins see all of them, advisors those assigned to them, board
 * members the boards they sit on. It reads only the initiatives' own profile rows and the signals
 * (figures and alerts) that {@code PortfolioSignals} works out inside each initiative's tenant, never
 * their tenant-owned content.
 */
package nl.cmostamm.portal.portfolio;
