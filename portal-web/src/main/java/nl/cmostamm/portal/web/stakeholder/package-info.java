/** The stakeholder register and the involvement log of an initiative. */
package nl.cmostamm.portal.web.stakeholder;
