/**
 * Survey pages: the list and builder, waves with their public links and QR codes, results (for a
 * case-closure wave also by help category) and the comparison of waves inside an initiative; and
 * the public answering page, which needs no account.
 */
package nl.cmostamm.portal.web.survey;
