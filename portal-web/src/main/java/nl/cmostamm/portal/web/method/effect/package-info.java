/**
 * The pages of effect measurement: the initiative's effects, an effect's settings (what it stands
 * for and its indicators), and an effect with its evidence: the indicators' latest values and the
 * comparisons of two waves of a survey, each figure with what it may and may not be read to say.
 * The statistics are the domain's ({@code method.effect}); these classes only format and show them.
 */
package nl.cmostamm.portal.web.method.effect;
