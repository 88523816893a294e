/**
 * Collecting data: the second step of the publication. A goal's indicators (in {@code goal}) say
 * what is measured and how the information is gathered; measurements are their values per period,
 * typed in one period at a time for all indicators or imported from a spreadsheet (all rows or
 * none), or computed from the registers (activities, logbook). The registers only announce their
 * changes with events; this package listens, so the dependencies point from here to them.
 */
package nl.cmostamm.portal.datacollection;
