/**
 * The documents a board hands to its municipality and funders: the fact sheet's page (choose,
 * preview, download, publish), the document itself, and the public link's page for visitors
 * without an account.
 */
package nl.cmostamm.portal.web.report;
