package nl.cmostamm.portal.method.narrative;

import java.io.Serializable;
import java.util.List;

/**
 * What the feedback letter to a teller says: who writes from where, their story, the round and its
 * question, the domain, and each choice it received with the panel's reason (empty when it was
 * read but not chosen).
 */
public record FeedbackLetter(
        String initiative,
        String place,
        String storyTitle,
        String pseudonym,
        MscRound round,
        String domain,
        List<Choice> choices)
        implements Serializable {

    /** One panel's choice of the story. */
    public record Choice(String panel, int stage, java.time.LocalDate heldOn, String reason) implements Serializable {}

    public boolean isChosen() {
        return !choices.isEmpty();
    }
}
