/**
 * The narrative method Most Significant Change (MSC): domains of change, rounds in which stories
 * of the stories module are collected with the teller's reason why the change matters, panels that
 * select per domain the most significant story and say why (in stages: a team, then the board),
 * feedback to the tellers, and the chosen stories that reports may use. Only stories whose consent
 * allows internal learning take part; a withdrawn consent takes a story out of every round and
 * result at once.
 */
package nl.cmostamm.portal.method.narrative;
