package nl.cmostamm.portal.method.effect;

import java.io.Serializable;

/** An effect in the list: what it stands for, and how much evidence it is tied to. */
public record EffectSummary(Effect effect, int indicators, long comparisons) implements Serializable {}
