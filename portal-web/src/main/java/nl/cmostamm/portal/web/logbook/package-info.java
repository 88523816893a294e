/**
 * Pages of the help desk's logbook: the weekly logbook, a help request with its helpers and the
 * matching helper, volunteers, the load view with its limits, and the annual overview (also as PDF).
 */
package nl.cmostamm.portal.web.logbook;
