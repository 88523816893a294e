package nl.cmostamm.portal.method.narrative;

import java.io.Serializable;
import nl.cmostamm.portal.story.Story;

/**
 * A story that the last stage of a round chose in a domain and whose consent allows reports: the
 * material the outcome record and the reports may show.
 */
public record ChosenStory(Story story, MscDomain domain, MscRound round, MscPanel panel, String reason)
        implements Serializable {}
