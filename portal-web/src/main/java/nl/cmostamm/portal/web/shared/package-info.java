/**
 * What every page shares: the data source definition, messages from the bundles, the active
 * locale, the date patterns of the views, downloads named in the reader's language, the exception
 * handler that turns service exceptions into Dutch pages and messages, and the filter that sets
 * security headers.
 */
package nl.cmostamm.portal.web.shared;
