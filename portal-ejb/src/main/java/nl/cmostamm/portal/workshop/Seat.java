package nl.cmostamm.portal.workshop;

import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A participant's place in their session as their browser sees it: the session's state, the steps
 * open to them and the one they are at.
 */
public record Seat(Participant participant, WorkshopSession session) implements Serializable {

    /** The steps a participant may answer now: the current one, or all of them when self-paced. */
    public List<Integer> openSteps() {
        if (session.getStatus() != SessionStatus.OPEN) {
            return List.of();
        }
        int total = session.steps().size();
        if (session.getPace() == Pace.SELF) {
            return IntStream.rangeClosed(1, total).boxed().toList();
        }
        return List.of(Math.min(session.getCurrentStep(), total));
    }

    public boolean mayAnswer(int step) {
        return openSteps().contains(step);
    }
}
