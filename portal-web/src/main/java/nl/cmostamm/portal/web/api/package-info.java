/**
 * What every endpoint of the portal's JSON API under {@code /api} shares (switched on by {@code
 * web.shared.PortalApi}; the resources themselves live with their feature, such as {@code
 * web.method.sroi}). The rules: only a logged-in caller (the session cookie of a login in the
 * browser), answered 401 otherwise, never redirected to the login page; a body only as {@code
 * application/json} (415 otherwise, which is also what keeps cross-site forms out); a refusal as
 * {@code {"problems": ["field: sentence", …]}} in Dutch, or in English when {@code Accept-Language}
 * prefers it; nothing kept in a cache ({@code Cache-Control: no-store}, set by the security headers'
 * filter); and no API description published.
 */
package nl.cmostamm.portal.web.api;
