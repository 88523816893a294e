/**
 * The SROI arithmetic as plain Java, without a container: what an impact map is worth ({@link
 * SroiEngine}), how far that figure moves when each assumption moves ({@link Sensitivity}), the
 * cautious, expected and optimistic readings of a map ({@link Scenario}), and the problems that make a
 * map impossible to calculate ({@link Calculation#problems()}). All amounts are
 * {@code BigDecimal} at full precision; only a {@link Result} rounds, half-up: money to cents, the
 * ratio to four decimals, payback months to two.
 */
package nl.cmostamm.portal.method.sroi.calculation;
