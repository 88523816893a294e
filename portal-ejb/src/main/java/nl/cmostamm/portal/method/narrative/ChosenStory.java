package nl.cmostamm.portal.method.narrative;

import java.io.Serializable;
import nl.cmostamm.portal.story.Story;

/**
 * A story that the last stage of a round chose in a domain, with the panel's reason: the material
 * the outcome record and the reports may show, consent permitting.
 */
public record ChosenStory(Story story, MscDomain domain, MscRound round, MscPanel panel, String reason)
        implements Serializable {

    /** Whether the teller's consent also allows the story in reports to the municipality and funders. */
    public boolean forReports() {
        return story.getConsent() != null && story.getConsent().allows(nl.cmostamm.portal.story.Purpose.REPORTS);
    }
}
