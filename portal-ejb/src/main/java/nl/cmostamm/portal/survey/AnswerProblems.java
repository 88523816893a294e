package nl.cmostamm.portal.survey;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/** Answers the service refuses, per question id the bundle key of the message; nothing was stored. */
@ApplicationException(rollback = true)
public class AnswerProblems extends RuntimeException {

    private final Map<Long, String> problems;

    public AnswerProblems(Map<Long, String> problems) {
        super("Answers refused: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    public Map<Long, String> getProblems() {
        return problems;
    }
}
