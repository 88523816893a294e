/** Health checks for the orchestrator: alive, and ready when the database answers and its schema is current. */
package nl.cmostamm.portal.web.operations;
