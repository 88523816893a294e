/**
 * The fact sheet ("feitenblad"): one A4 page per initiative, worth framing, as Dorpshuis Smilde
 * hangs one on its wall. The board chooses what it shows from what the portal already holds (key
 * figures, goals with their lights, stories whose consent allows publication, the Theory of Change
 * in miniature, a final SROI analysis) and may publish it at a public, read-only link that expires
 * and can be revoked. Only the choices are stored; the content is read anew for every generation, so
 * a withdrawn consent takes a story off every copy made after it, the public link's included.
 */
package nl.cmostamm.portal.report.factsheet;
