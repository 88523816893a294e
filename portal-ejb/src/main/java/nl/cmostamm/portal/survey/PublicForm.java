package nl.cmostamm.portal.survey;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * A wave's questionnaire as a respondent sees it, in one language: no ids of anything but the
 * questions, nothing about the initiative but its name.
 */
public record PublicForm(
        String initiativeName,
        String surveyName,
        String intro,
        boolean englishAvailable,
        String language,
        boolean open,
        List<PublicQuestion> questions)
        implements Serializable {

    /** One question in the respondent's language. */
    public record PublicQuestion(
            long id,
            QuestionType type,
            String section,
            String text,
            String help,
            List<String> options,
            boolean required,
            BigDecimal numberMin,
            BigDecimal numberMax)
            implements Serializable {

        public String getFieldName() {
            return "q" + id;
        }
    }
}
