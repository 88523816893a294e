package nl.cmostamm.portal.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubmitRulesTest {

    private static final LocalDate OPENS = LocalDate.of(2026, 3, 1);
    private static final LocalDate CLOSES = LocalDate.of(2026, 3, 31);

    @ParameterizedTest
    @CsvSource({"2026-02-28, false", "2026-03-01, true", "2026-03-15, true", "2026-03-31, true", "2026-04-01, false"})
    void aWaveIsOpenFromItsFirstDayUpToAndIncludingItsLast(LocalDate day, boolean open) {
        assertEquals(open, SubmitRules.isOpen(OPENS, CLOSES, day));
        assertEquals(open, SubmitRules.takesResponse(OPENS, CLOSES, false, false, day));
    }

    @Test
    void aOneDayWaveIsOpenOnThatDayOnly() {
        assertTrue(SubmitRules.isOpen(OPENS, OPENS, OPENS));
        assertFalse(SubmitRules.isOpen(OPENS, OPENS, OPENS.minusDays(1)));
        assertFalse(SubmitRules.isOpen(OPENS, OPENS, OPENS.plusDays(1)));
    }

    @Test
    void aOneTimeLinkTakesOneResponseAndALinkForEveryoneAny() {
        LocalDate day = OPENS.plusDays(3);
        assertTrue(SubmitRules.takesResponse(OPENS, CLOSES, true, false, day), "one-time, not yet used");
        assertFalse(SubmitRules.takesResponse(OPENS, CLOSES, true, true, day), "one-time, used");
        assertTrue(SubmitRules.takesResponse(OPENS, CLOSES, false, true, day), "for everyone");
        assertFalse(
                SubmitRules.takesResponse(OPENS, CLOSES, true, false, CLOSES.plusDays(1)),
                "an unused one-time link of a closed wave");
        assertTrue(SubmitRules.isSpent(true, true));
        assertFalse(SubmitRules.isSpent(true, false));
        assertFalse(SubmitRules.isSpent(false, true));
    }

    @Test
    void yesNoOffersTwoChoicesAndOtherQuestionsTheirNonBlankOptionLines() {
        assertEquals(2, SubmitRules.choices(QuestionType.YES_NO, null));
        assertEquals(3, SubmitRules.choices(QuestionType.SINGLE, "Vaak\n\n  \nSoms\r\nNooit\n"));
        assertEquals(5, SubmitRules.choices(QuestionType.LIKERT, "1\n2\n3\n4\n5"));
        assertEquals(0, SubmitRules.choices(QuestionType.NUMBER, null));
    }

    @Test
    void chosenOptionsAreCheckedAgainstTheChoicesTheQuestionOffers() {
        AnswerRules.Rule single = rule(1, QuestionType.SINGLE, true, "Vaak\nSoms\nNooit");
        AnswerRules.Rule multiple = rule(2, QuestionType.MULTIPLE, false, "Sport\nMuziek\nKoken");
        AnswerRules.Rule yesNo = rule(3, QuestionType.YES_NO, false, null);
        List<AnswerRules.Rule> rules = List.of(single, multiple, yesNo);

        assertEquals(
                5,
                AnswerRules.check(rules, Map.of(1L, List.of("3"), 2L, List.of("1", "2", "3"), 3L, List.of("2")))
                        .size(),
                "the last option of each, and every option of a multiple choice");
        assertProblem(rules, Map.of(2L, List.of("1")), 1L, "answer.required"); // too few: none
        assertProblem(rules, Map.of(1L, List.of("1", "2")), 1L, "answer.invalid"); // too many for one choice
        assertProblem(rules, Map.of(1L, List.of("1"), 2L, List.of("1", "1")), 2L, "answer.invalid"); // twice
        assertProblem(rules, Map.of(1L, List.of("4")), 1L, "answer.invalid"); // unknown: past the last
        assertProblem(rules, Map.of(1L, List.of("0")), 1L, "answer.invalid"); // unknown: before the first
        assertProblem(rules, Map.of(1L, List.of("1"), 3L, List.of("3")), 3L, "answer.invalid"); // no third for yes/no
        assertProblem(rules, Map.of(1L, List.of("Vaak")), 1L, "answer.invalid"); // a label is not a choice
    }

    private static AnswerRules.Rule rule(long id, QuestionType type, boolean required, String options) {
        return new AnswerRules.Rule(id, type, required, SubmitRules.choices(type, options), null, null);
    }

    private static void assertProblem(
            List<AnswerRules.Rule> rules, Map<Long, List<String>> given, long question, String expected) {
        AnswerProblems problems = assertThrows(AnswerProblems.class, () -> AnswerRules.check(rules, given));
        assertEquals(expected, problems.getProblems().get(question));
    }
}
