/** Pages of the activities register: the list of activities and one activity with its registrations. */
package nl.cmostamm.portal.web.activity;
