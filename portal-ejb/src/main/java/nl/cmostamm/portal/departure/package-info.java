/**
 * An initiative leaves the knowledge centre (issue 16 §3): first a full export of its data, a ZIP
 * with every kind of record as CSV and JSON, its photos and its logo, and a Dutch read-me
 * ({@link nl.cmostamm.portal.departure.InitiativeDeparture#export}); then, by a knowledge-centre
 * admin who typed the initiative's name, the removal of every row of it
 * ({@link nl.cmostamm.portal.departure.InitiativeDeparture#purge}), recorded in the knowledge centre's
 * purge log. The export and the purge find the tables in the database catalogue;
 * {@link nl.cmostamm.portal.departure.InitiativeTables} describes each one, and the tests fail when a
 * table is added that it does not describe. Accounts are not removed: a board member may sit on
 * another board, so only the memberships go.
 */
package nl.cmostamm.portal.departure;
