/** The outcome record's page: "Wat bereiken we?", every method's evidence per outcome. */
package nl.cmostamm.portal.web.method.outcome;
