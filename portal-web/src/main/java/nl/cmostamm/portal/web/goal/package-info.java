/**
 * Pages for the initiative's goals: the overview with every indicator's latest value, light and
 * chart; editing a goal and its indicators.
 */
package nl.cmostamm.portal.web.goal;
