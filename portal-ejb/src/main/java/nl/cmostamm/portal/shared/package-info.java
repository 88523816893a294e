/**
 * What every feature shares: the configuration keys, the schema migration at start-up, the one way
 * a CSV export is written (formula-looking cells defused) and the one layout of an Excel export, the
 * date patterns, the bounds of a requested page, and the exceptions that the web layer turns into
 * Dutch messages (not found, edit conflict, invalid input).
 */
package nl.cmostamm.portal.shared;
