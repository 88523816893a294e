package nl.cmostamm.portal.survey;

import java.util.List;
import java.util.Map;

/**
 * What a respondent sent: the submission key the form was shown with, the language, and per
 * question id the raw values (several for a multiple-choice question), exactly as typed.
 */
public record Submission(String key, String language, Map<Long, List<String>> values) {
}
