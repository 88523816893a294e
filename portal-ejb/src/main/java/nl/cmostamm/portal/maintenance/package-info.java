/**
 * Scheduled work that keeps the portal's data within its retention periods, run once per cluster
 * (the first node to record a run for a period does it) and visible to the knowledge centre's
 * admins.
 */
package nl.cmostamm.portal.maintenance;
