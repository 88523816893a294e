package nl.cmostamm.portal.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.survey.CategoryBreakdown.Category;
import nl.cmostamm.portal.survey.CategoryBreakdown.Row;
import org.junit.jupiter.api.Test;

/** The small-numbers rule of the breakdown by help category, which no reader of a row can pass by. */
class CategoryBreakdownTest {

    private static final List<QuestionResult.Bar> YES_NO =
            List.of(new QuestionResult.Bar("Ja", 3, 75), new QuestionResult.Bar("Nee", 1, 25));

    @Test
    void aRowOfFewerThanFiveAnswersKeepsOnlyItsN() {
        Category transport = new Category(1L, "Vervoer", 4);
        Row row = new Row(transport, 4, YES_NO, Statistics.Sample.ofCounts(Map.of(1, 3L, 0, 1L)));

        assertTrue(transport.isWithheld());
        assertTrue(row.isWithheld());
        assertEquals(4, row.answered());
        assertTrue(row.distribution().isEmpty(), "no counts or percentages");
        assertEquals(0, row.sample().n(), "no mean");
        assertFalse(row.hasMean());
    }

    @Test
    void fiveAnswersShowEverything() {
        Category none = new Category(null, null, 7);
        List<QuestionResult.Bar> bars =
                List.of(new QuestionResult.Bar("Ja", 4, 80), new QuestionResult.Bar("Nee", 1, 20));
        Row row = new Row(none, 5, bars, Statistics.Sample.ofCounts(Map.of(1, 4L, 0, 1L)));

        assertFalse(none.isWithheld());
        assertFalse(row.isWithheld());
        assertEquals(bars, row.distribution());
        assertEquals(0.8, row.sample().mean(), 1e-12);
        assertTrue(row.hasMean());
    }

    @Test
    void aLargeCategoryStillWithholdsAQuestionFewOfItsRespondentsAnswered() {
        Row row = new Row(new Category(2L, "Pc-hulp", 12), 2, YES_NO, Statistics.Sample.ofSums(2, 15, 113));

        assertTrue(row.isWithheld());
        assertTrue(row.distribution().isEmpty());
        assertFalse(row.hasMean());
    }

    @Test
    void oneSmallRowAloneIsProtectedByWithholdingTheSmallestRowShown() {
        Row small = new Row(new Category(1L, "Pc-hulp", 3), 3, YES_NO, Statistics.Sample.ofSums(3, 2, 2));
        Row large = new Row(new Category(2L, "Vervoer", 10), 10, YES_NO, Statistics.Sample.ofSums(10, 7, 7));
        Row middle = new Row(new Category(3L, "Klussen", 6), 6, YES_NO, Statistics.Sample.ofSums(6, 4, 4));
        Row nobody = new Row(new Category(4L, "Gezelschap", 8), 0, List.of(), Statistics.Sample.EMPTY);

        List<Row> rows = CategoryBreakdown.QuestionRows.of(
                        null, List.of("Ja", "Nee"), List.of(small, large, middle, nobody))
                .rows();

        assertTrue(rows.get(0).isWithheld());
        assertFalse(rows.get(1).isWithheld(), "the largest stays");
        assertTrue(rows.get(2).isWithheld(), "the smallest shown goes with the small one");
        assertTrue(rows.get(2).distribution().isEmpty());
        assertEquals(6, rows.get(2).answered(), "its n stays");
        assertTrue(rows.get(3).isWithheld(), "a row nobody answered gives nothing away either way");
    }

    @Test
    void twoSmallRowsProtectEachOtherAndNothingMoreIsWithheld() {
        Row a = new Row(new Category(1L, "Pc-hulp", 3), 3, YES_NO, Statistics.Sample.ofSums(3, 2, 2));
        Row b = new Row(new Category(2L, "Gezelschap", 2), 2, YES_NO, Statistics.Sample.ofSums(2, 1, 1));
        Row c = new Row(new Category(3L, "Klussen", 6), 6, YES_NO, Statistics.Sample.ofSums(6, 4, 4));

        List<Row> rows = CategoryBreakdown.QuestionRows.of(null, List.of("Ja", "Nee"), List.of(a, b, c))
                .rows();

        assertFalse(rows.get(2).isWithheld());
    }
}
