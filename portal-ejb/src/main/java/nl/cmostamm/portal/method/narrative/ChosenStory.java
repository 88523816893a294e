package nl.cmostamm.portal.method.narrative;

import java.io.Serializable;
import nl.cmostamm.portal.story.Story;

/**
 * A story that the last stage of a round chose in a domain, with the panel's reason and whether the
 * teller's consent also allows reports to the municipality and funders: the material the outcome
 * record and the reports may show.
 */
public record ChosenStory(
        Story story, MscDomain domain, MscRound round, MscPanel panel, String reason, boolean forReports)
        implements Serializable {

    /** Whether the round is still open, so a later panel may still choose otherwise. */
    public boolean provisional() {
        return !round.isClosed();
    }
}
