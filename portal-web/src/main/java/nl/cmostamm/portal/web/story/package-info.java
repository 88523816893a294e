/**
 * Pages for stories: the list (stories with consent for internal learning), a story with its
 * consent record and photo, editing, the deliberate export for reports, and the photo download.
 */
package nl.cmostamm.portal.web.story;
