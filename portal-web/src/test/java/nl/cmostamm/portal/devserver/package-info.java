/**
 * Running the portal for real on one machine: a PostgreSQL with the two roles the portal expects,
 * and Payara Micro with the WAR. Shared by the quick start ({@link
 * nl.cmostamm.portal.devserver.QuickStart}) and the tests, so that both run the portal the same way.
 */
package nl.cmostamm.portal.devserver;
