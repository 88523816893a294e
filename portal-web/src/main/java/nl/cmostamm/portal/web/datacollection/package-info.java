/**
 * Pages for collecting data: the grid for one period's values of all indicators, and the
 * measurements page with the list, the CSV import (template, upload, per-row report) and the
 * CSV and Excel exports.
 */
package nl.cmostamm.portal.web.datacollection;
