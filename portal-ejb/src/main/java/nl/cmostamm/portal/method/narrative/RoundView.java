package nl.cmostamm.portal.method.narrative;

import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.story.Story;

/**
 * One round as its page shows it: per domain the stories entered (only those whose consent allows
 * internal learning today) and what the highest stage chose, the panels with their choices, and
 * feedback per teller. A choice whose story's consent was withdrawn shows only that it was made.
 */
public record RoundView(MscRound round, List<DomainStories> domains, List<PanelChoices> panels)
        implements Serializable {

    /** The stories entered in one domain, and the choice or choices of the highest stage that chose. */
    public record DomainStories(MscDomain domain, List<EntryView> entries, List<Pick> result) implements Serializable {

        public boolean isEmpty() {
            return entries.isEmpty();
        }
    }

    /** An entry with its story, the choices it received on its way up and the feedback to its teller. */
    public record EntryView(MscEntry entry, Story story, List<Pick> picks, List<MscFeedback> feedback)
            implements Serializable {

        public boolean isChosen() {
            return !picks.isEmpty();
        }
    }

    /**
     * A panel's choice: the entry (null when its story's consent has been withdrawn, then the reason
     * is withheld too), the panel and the reason.
     */
    public record Pick(MscSelection selection, MscPanel panel, EntryView entry) implements Serializable {

        public boolean isWithdrawn() {
            return entry == null;
        }

        public String reason() {
            return entry == null ? null : selection.getReason();
        }
    }

    /** A panel with, per domain, its choice (or none yet). */
    public record PanelChoices(MscPanel panel, List<Pick> picks) implements Serializable {}

    public boolean isClosed() {
        return round.isClosed();
    }
}
