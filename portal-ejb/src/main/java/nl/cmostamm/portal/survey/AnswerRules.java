package nl.cmostamm.portal.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What makes a respondent's answers acceptable, question by question: required questions answered,
 * a choice one of the options (several only for multiple choice, none twice), a number a number
 * within the question's bounds, a text within its length. Pure: the rules come with the question
 * definitions, so the same code serves the fast submit path and its unit test.
 */
public final class AnswerRules {

    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,12}([.,]\\d{1,2})?");

    /** What a question allows. {@code options} is the number of options (2 for yes/no). */
    public record Rule(
            long questionId, QuestionType type, boolean required, int options, BigDecimal min, BigDecimal max) {}

    /** One stored answer: exactly one of choice, number and text. */
    public record Value(long questionId, Integer choice, BigDecimal number, String text) {}

    private AnswerRules() {}

    /**
     * The answers to store for {@code given} (raw values per question id; ids of other questions are
     * ignored), or {@link AnswerProblems} naming every question that needs attention.
     */
    public static List<Value> check(List<Rule> rules, Map<Long, List<String>> given) {
        List<Value> values = new ArrayList<>();
        Map<Long, String> problems = new LinkedHashMap<>();
        for (Rule rule : rules) {
            List<String> raw = given.getOrDefault(rule.questionId(), List.of()).stream()
                    .map(v -> v == null ? "" : v.strip())
                    .filter(v -> !v.isEmpty())
                    .toList();
            String problem = collect(rule, raw, values);
            if (problem != null) {
                problems.put(rule.questionId(), problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new AnswerProblems(problems);
        }
        return values;
    }

    private static String collect(Rule rule, List<String> raw, List<Value> values) {
        if (raw.isEmpty()) {
            return rule.required() ? "answer.required" : null;
        }
        QuestionType type = rule.type();
        if (type != QuestionType.MULTIPLE && raw.size() > 1) {
            return "answer.invalid";
        }
        switch (type) {
            case LIKERT, SINGLE, YES_NO, MULTIPLE -> {
                List<Integer> chosen = new ArrayList<>();
                for (String value : raw) {
                    Integer choice = choice(value, rule.options());
                    if (choice == null || chosen.contains(choice)) {
                        return "answer.invalid";
                    }
                    chosen.add(choice);
                }
                chosen.forEach(choice -> values.add(new Value(rule.questionId(), choice, null, null)));
            }
            case NUMBER -> {
                String value = raw.get(0);
                if (!NUMBER.matcher(value).matches()) {
                    return "answer.number.invalid";
                }
                BigDecimal number = new BigDecimal(value.replace(',', '.'));
                if (rule.min() != null && number.compareTo(rule.min()) < 0
                        || rule.max() != null && number.compareTo(rule.max()) > 0) {
                    return "answer.number.range";
                }
                values.add(new Value(rule.questionId(), null, number, null));
            }
            case SHORT_TEXT, LONG_TEXT -> {
                String value = raw.get(0);
                if (value.length() > type.maxTextLength()) {
                    return "answer.text.long";
                }
                if (!isPlainText(value)) {
                    return "answer.text.characters";
                }
                values.add(new Value(rule.questionId(), null, null, value));
            }
            default -> throw new IllegalStateException("Unknown type " + type);
        }
        return null;
    }

    /**
     * Whether a text holds only what a person can type: no control characters other than line
     * breaks and tabs (a NUL byte cannot even be stored), and no half of a surrogate pair.
     */
    static boolean isPlainText(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
            if (Character.isHighSurrogate(c)
                    && (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(++i)))) {
                return false;
            }
            if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static Integer choice(String value, int choices) {
        if (value.length() > 2 || !value.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int choice = Integer.parseInt(value);
        return choice >= 1 && choice <= choices ? choice : null;
    }
}
