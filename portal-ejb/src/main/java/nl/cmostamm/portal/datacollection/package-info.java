/**
 * Collecting data: the second step of the publication. Indicators say what is measured for a goal
 * and how the information is gathered; measurements are their values per period, typed in one
 * period at a time for all indicators or imported from a spreadsheet (all rows or none).
 */
package nl.cmostamm.portal.datacollection;
