/**
 * The initiative: a citizen initiative and the tenant of the portal. Its profile (municipality,
 * province, mission, level of the social basis, status) is readable by the people admitted to it;
 * its value themes and societal effects are the first things it owns.
 */
package nl.cmostamm.portal.initiative;
