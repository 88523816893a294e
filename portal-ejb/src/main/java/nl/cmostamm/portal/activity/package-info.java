/**
 * The activities register ("register once"): the initiative's recurring activities and each time
 * they took place. The register announces every change ({@link RegistrationsChanged}); the output
 * indicators computed from it are kept up to date in the same transaction by whoever listens, so
 * volunteers never type the same number twice and the register needs to know nothing about them.
 * Each activity names once the societal effect it serves and its target groups, so the insight
 * report can group and spread the registrations without asking for more per registration.
 */
package nl.cmostamm.portal.activity;
