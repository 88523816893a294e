/**
 * The web layer: thin Faces views and their backing beans, by feature. A backing bean holds view
 * state and calls one service per action; the services in {@code portal-ejb} decide.
 */
package nl.cmostamm.portal.web;
