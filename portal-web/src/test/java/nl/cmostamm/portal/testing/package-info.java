/**
 * The test harness: one PostgreSQL and (when a black-box test asks for it) one Payara Micro for the
 * whole integration-test run, test data built through the database as the owner role, an HTTP
 * client that logs in like a browser, and the Selenium base with waits for Faces and PrimeFaces ajax.
 */
package nl.cmostamm.portal.testing;
