package nl.cmostamm.portal.survey;

import java.util.List;
import java.util.Map;

/**
 * What a respondent sent: the submission key the form was shown with, the language, per question
 * id the raw values (several for a multiple-choice question), exactly as typed, and whether this
 * device answered the wave before without the respondent having confirmed that this is another
 * response (then nothing is stored, and the respondent is asked).
 */
public record Submission(String key, String language, Map<Long, List<String>> values, boolean answeredBefore) {

    /** A submission from a device that has not answered this wave before, or has confirmed. */
    public Submission(String key, String language, Map<Long, List<String>> values) {
        this(key, language, values, false);
    }
}
