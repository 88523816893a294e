/**
 * What every page shares: the data source definition, messages from the bundles, the active
 * locale, the date patterns of the views, downloads named in the reader's language, the exception
 * handler that turns service exceptions into Dutch pages and messages, the filters every request
 * passes (security headers, the request guard), and the switch of the JSON API under {@code /api}
 * ({@link nl.cmostamm.portal.web.shared.PortalApi}).
 */
package nl.cmostamm.portal.web.shared;
