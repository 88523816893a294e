/**
 * The Social Return on Investment (SROI) in the web module: for now the JSON endpoint {@code POST
 * /api/sroi/calculation}, which takes an impact map (inputs, outcomes with their proxies, deadweight,
 * displacement, attribution, drop-off and duration, the discount rate), has the arithmetic of {@code
 * method.sroi.calculation} value it and answers with the present value, the ratio and the payback
 * time, storing nothing. Bad input is answered field by field, in the caller's language.
 */
package nl.cmostamm.portal.web.method.sroi;
