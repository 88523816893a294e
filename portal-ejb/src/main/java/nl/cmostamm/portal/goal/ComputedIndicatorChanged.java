package nl.cmostamm.portal.goal;

/**
 * An indicator that is, or was until now, computed from a register was saved. Fired synchronously
 * inside the saving transaction, so its measurements are computed (or a formerly computed one's
 * left as they are) before the save commits; goals need not know who keeps them.
 */
public record ComputedIndicatorChanged() {}
