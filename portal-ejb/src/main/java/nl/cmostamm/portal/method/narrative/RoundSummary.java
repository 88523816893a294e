package nl.cmostamm.portal.method.narrative;

import java.io.Serializable;

/** A round in the list: how many stories (with consent), panels and choices it holds. */
public record RoundSummary(MscRound round, long stories, long panels, long choices) implements Serializable {}
