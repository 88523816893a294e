/**
 * The initiative's stakeholders and how they were involved: the publication's third step. A
 * register of stakeholder groups (who they are, roughly how many, whether they are informed,
 * consulted or co-create, who the contact is) and a log of the sessions held with them.
 */
package nl.cmostamm.portal.stakeholder;
