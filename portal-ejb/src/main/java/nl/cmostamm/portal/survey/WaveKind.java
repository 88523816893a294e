package nl.cmostamm.portal.survey;

/** Why a wave is held: a baseline before, a measurement after, a periodic one, or at case closure. */
public enum WaveKind {
    PRE,
    POST,
    PERIODIC,
    CLOSURE
}
