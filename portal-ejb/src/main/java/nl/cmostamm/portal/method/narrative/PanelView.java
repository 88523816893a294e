package nl.cmostamm.portal.method.narrative;

import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.story.Story;

/**
 * A panel's meeting: per domain the stories it chooses from (every story of the domain at stage 1,
 * the choices of the stage below after that) and the form for its choice.
 */
public record PanelView(MscPanel panel, List<DomainChoice> domains) implements Serializable {

    /** The candidates of one domain and the panel's choice as a form. */
    public record DomainChoice(MscDomain domain, List<Candidate> candidates, SelectionForm choice)
            implements Serializable {}

    /** A story the panel may choose, with the teller's reason and why earlier panels chose it. */
    public record Candidate(MscEntry entry, Story story, List<String> earlierReasons) implements Serializable {}

    public boolean isClosed() {
        return panel.getRound().isClosed();
    }
}
