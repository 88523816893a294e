/**
 * SROI analyses of an initiative (social return on investment): forecasts and evaluations with their
 * impact map (the stakeholders from the register, what each put in, the outputs from the goals'
 * indicators, the outcomes with their financial proxies and deductions), named scenarios, review by
 * the initiative's advisor and copies. A final analysis is read-only in the service and in the
 * database. The arithmetic is in {@code calculation}, plain Java without a container.
 */
package nl.cmostamm.portal.method.sroi;
