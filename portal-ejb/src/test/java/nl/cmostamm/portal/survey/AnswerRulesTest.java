package nl.cmostamm.portal.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.survey.AnswerRules.Rule;
import nl.cmostamm.portal.survey.AnswerRules.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerRulesTest {

    private static final Rule SCALE = new Rule(1, QuestionType.LIKERT, true, 5, null, null);
    private static final Rule HOBBIES = new Rule(2, QuestionType.MULTIPLE, false, 3, null, null);
    private static final Rule MARK = new Rule(3, QuestionType.NUMBER, false, 0, BigDecimal.ONE, BigDecimal.TEN);
    private static final Rule NAME = new Rule(4, QuestionType.SHORT_TEXT, false, 0, null, null);
    private static final Rule YES_NO = new Rule(5, QuestionType.YES_NO, false, 2, null, null);

    @Test
    void validAnswersBecomeOneValueEachAndMultipleChoiceOnePerOption() {
        List<Value> values = AnswerRules.check(
                List.of(SCALE, HOBBIES, MARK, NAME, YES_NO),
                Map.of(
                        1L,
                        List.of("4"),
                        2L,
                        List.of("1", "3"),
                        3L,
                        List.of(" 7,5 "),
                        4L,
                        List.of("Jan"),
                        5L,
                        List.of("2")));
        assertEquals(
                List.of(
                        new Value(1, 4, null, null),
                        new Value(2, 1, null, null),
                        new Value(2, 3, null, null),
                        new Value(3, null, new BigDecimal("7.5"), null),
                        new Value(4, null, null, "Jan"),
                        new Value(5, 2, null, null)),
                values);
    }

    @Test
    void optionalQuestionsLeftEmptyStoreNothingAndOtherQuestionsAreIgnored() {
        assertEquals(
                List.of(new Value(1, 3, null, null)),
                AnswerRules.check(
                        List.of(SCALE, MARK, NAME), Map.of(1L, List.of("3"), 3L, List.of("  "), 99L, List.of("5"))));
    }

    @ParameterizedTest(name = "{1} for question {0} is {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "1|''|answer.required",
                "1|6|answer.invalid",
                "1|0|answer.invalid",
                "1|abc|answer.invalid",
                "1|123|answer.invalid",
                "5|3|answer.invalid",
                "3|elf|answer.number.invalid",
                "3|7.555|answer.number.invalid",
                "3|11|answer.number.range",
                "3|0,99|answer.number.range"
            })
    void eachRefusalSaysWhatIsWrong(long question, String value, String expected) {
        Map<Long, List<String>> given =
                question == 1 ? Map.of(1L, List.of(value)) : Map.of(1L, List.of("3"), question, List.of(value));
        AnswerProblems problems =
                assertThrows(AnswerProblems.class, () -> AnswerRules.check(List.of(SCALE, MARK, YES_NO), given));
        assertEquals(Map.of(question, expected), problems.getProblems());
    }

    @Test
    void oneChoiceQuestionsTakeOneValueAndNoOptionTwice() {
        assertEquals(
                "answer.invalid",
                assertThrows(
                                AnswerProblems.class,
                                () -> AnswerRules.check(List.of(SCALE), Map.of(1L, List.of("3", "4"))))
                        .getProblems()
                        .get(1L));
        assertEquals(
                "answer.invalid",
                assertThrows(
                                AnswerProblems.class,
                                () -> AnswerRules.check(List.of(HOBBIES), Map.of(2L, List.of("2", "2"))))
                        .getProblems()
                        .get(2L));
    }

    @Test
    void textsAreLimitedByTheirKind() {
        assertEquals(
                "answer.text.long",
                assertThrows(
                                AnswerProblems.class,
                                () -> AnswerRules.check(List.of(NAME), Map.of(4L, List.of("x".repeat(201)))))
                        .getProblems()
                        .get(4L));
        Rule story = new Rule(6, QuestionType.LONG_TEXT, false, 0, null, null);
        assertEquals(
                1,
                AnswerRules.check(List.of(story), Map.of(6L, List.of("x".repeat(4000))))
                        .size());
    }

    @ParameterizedTest(name = "code point {0} in a text is refused")
    @org.junit.jupiter.params.provider.ValueSource(ints = {0x0000, 0x0007, 0x001b, 0x007f, 0x009b, 0xd800, 0xdc00})
    void controlCharactersAndBrokenCharactersAreRefusedNotStored(int codePoint) {
        String typed = "Fijn" + (char) codePoint + "avond";
        assertEquals(
                "answer.text.characters",
                assertThrows(AnswerProblems.class, () -> AnswerRules.check(List.of(NAME), Map.of(4L, List.of(typed))))
                        .getProblems()
                        .get(4L));
    }

    @Test
    void lineBreaksTabsAndEveryLanguageStayAsTyped() {
        String typed = "Regel één\r\n\tnaar 🏡 Groningen – ‘mooi’";
        Rule story = new Rule(6, QuestionType.LONG_TEXT, false, 0, null, null);
        assertEquals(
                List.of(new Value(6, null, null, typed)),
                AnswerRules.check(List.of(story), Map.of(6L, List.of(typed))));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        AnswerProblems problems = assertThrows(
                AnswerProblems.class, () -> AnswerRules.check(List.of(SCALE, MARK), Map.of(3L, List.of("12"))));
        assertEquals(Map.of(1L, "answer.required", 3L, "answer.number.range"), problems.getProblems());
    }
}
