package nl.cmostamm.portal.web.api;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;

/**
 * One thing wrong with an API request: the field it concerns, as a path into the request's JSON
 * ({@code outcomes[0].deadweight}; {@code body} for the body as a whole; null when no field is to
 * blame), and the key of its sentence in the {@code text} bundle with the sentence's arguments.
 * It becomes a sentence only when answered, in the caller's language.
 */
public record ApiProblem(String field, String key, List<Object> arguments) {

    /** The field for problems of the body as a whole: missing, too large, not JSON. */
    public static final String BODY = "body";

    public static ApiProblem of(String field, String key, Object... arguments) {
        return new ApiProblem(field, key, Arrays.asList(arguments));
    }

    /** "field: sentence", the field left out when none is to blame. */
    public String sentence(ResourceBundle text) {
        String pattern = text.getString(key);
        String said = arguments.isEmpty()
                ? pattern
                : new MessageFormat(pattern, text.getLocale()).format(arguments.toArray());
        return field == null ? said : field + ": " + said;
    }
}
