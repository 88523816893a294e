/**
 * The methods pages: the chooser ("Welke methode past bij ons?"), one question per step, its
 * advice and the recorded choice with its history and the advisor's note. The workspaces of the
 * methods themselves (the Theory of Change first) join this package.
 */
package nl.cmostamm.portal.web.method;
