/**
 * The activities register ("register once"): the initiative's recurring activities and each time
 * they took place. Output indicators computed from these registrations are kept up to date by the
 * register itself, so volunteers never type the same number twice.
 */
package nl.cmostamm.portal.activity;
