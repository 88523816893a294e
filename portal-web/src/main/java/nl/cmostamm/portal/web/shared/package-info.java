/**
 * What every page shares: the data source definition, messages from the bundles, the active
 * locale, the exception handler that turns service exceptions into Dutch pages and messages, and
 * the filter that sets security headers.
 */
package nl.cmostamm.portal.web.shared;
