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
            implements Serializable {

        /** The title of the story the panel chose in this domain, or null while it has not. */
        public String chosenTitle() {
            if (choice.isNew() || choice.getEntryId() == null) {
                return null;
            }
            return candidates.stream()
                    .filter(c -> c.entry().getId().equals(choice.getEntryId()))
                    .map(c -> c.story().getTitle())
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A story the panel may choose, with the teller's reason and why earlier panels chose it. */
    public record Candidate(MscEntry entry, Story story, List<String> earlierReasons) implements Serializable {}

    public boolean isClosed() {
        return panel.getRound().isClosed();
    }
}
