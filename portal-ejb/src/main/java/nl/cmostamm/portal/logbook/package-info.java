/**
 * The logbook of a village help desk, after Dorpsloket Middelstum: help requests by category,
 * the volunteers who answer them and their hours, referrals to the municipality's Wmo desk or the
 * mining-damage institute, a weekly view, a load view that warns before a volunteer is
 * overloaded, a matching helper, and the annual overview. Requesters are recorded by initials or
 * a pseudonym; volunteers' contact details are for the board and its advisors. For the insight
 * report, each category names once the societal effect its help serves, and a request may name
 * the target group it helped; nobody registers more per request than before.
 */
package nl.cmostamm.portal.logbook;
