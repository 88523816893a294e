/**
 * The demo data set: the six initiatives of the publication with their boards and advisors,
 * loaded into an empty database when {@code PORTAL_DEMO=true} (the quick start does this). Tests
 * never rely on it; they build their own data.
 */
package nl.cmostamm.portal.demo;
