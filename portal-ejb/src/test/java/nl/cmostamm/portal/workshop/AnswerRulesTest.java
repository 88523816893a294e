package nl.cmostamm.portal.workshop;

import static nl.cmostamm.portal.workshop.Steps.note;
import static nl.cmostamm.portal.workshop.Steps.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.workshop.AnswerRules.Given;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A participant's answer checked against its step: what fits is stored as typed (only blank lines
 * and blank notes are left out), and each refusal names the field to correct and what to do.
 */
class AnswerRulesTest {

    private static final ExerciseStep TEXT = step(1, StepKind.TEXT);
    private static final ExerciseStep ITEMS = step(2, StepKind.ITEMS);
    private static final ExerciseStep CHOICE =
            step(3, StepKind.CHOICE, "optionsNl", "Ja\nNee\nWeet niet", "optionsEn", "Yes\nNo\nDon't know");
    private static final ExerciseStep SCALE = step(4, StepKind.SCALE, "scaleMin", 1, "scaleMax", 5);
    private static final ExerciseStep RANKING =
            step(5, StepKind.RANKING, "optionsNl", "Geld\nTijd\nMensen", "optionsEn", "Money\nTime\nPeople");
    private static final ExerciseStep CANVAS = step(
            6, StepKind.CANVAS, "optionsNl", "Weinig invloed\nVeel invloed", "rowsNl", "Veel belang\nWeinig belang");
    private static final ExerciseStep COLUMNS = step(7, StepKind.CANVAS, "optionsNl", "Nu\nLater");

    // ---- text

    @Test
    void aTextIsStoredExactlyAsTyped() {
        String typed = "  Meer ontmoeting,\n\n  en minder regels.  ";
        assertEquals(
                new Given(null, List.of(new AnswerItem.Content(typed, null, null))),
                AnswerRules.check(TEXT, text(typed)));
        assertEquals(
                AnswerRules.MAX_TEXT,
                AnswerRules.check(TEXT, text("x".repeat(AnswerRules.MAX_TEXT)))
                        .items()
                        .get(0)
                        .text()
                        .length(),
                "the longest text fits");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t"})
    void aBlankTextIsRequired(String typed) {
        assertRefused("workshop.answer.required", "text", TEXT, text(typed));
        assertRefused("workshop.answer.required", "text", TEXT, text(null));
    }

    @Test
    void aTooLongTextIsRefusedNotCut() {
        assertRefused("workshop.answer.tooLong", "text", TEXT, text("x".repeat(AnswerRules.MAX_TEXT + 1)));
    }

    // ---- items

    @Test
    void itemsAreTheLinesAsTypedWithoutTheBlankOnes() {
        Given given = AnswerRules.check(ITEMS, items("  Gemeente\n\n   \nHuisarts  \r\nBuurt\n"));

        assertEquals(null, given.number());
        assertEquals(
                List.of("  Gemeente", "Huisarts  ", "Buurt"),
                given.items().stream().map(AnswerItem.Content::text).toList(),
                "leading and trailing spaces kept");
        assertEquals(
                AnswerRules.MAX_ITEMS,
                AnswerRules.check(ITEMS, items("punt\n".repeat(AnswerRules.MAX_ITEMS)))
                        .items()
                        .size());
    }

    @Test
    void itemsRefusedSayWhy() {
        assertRefused("workshop.answer.required", "items", ITEMS, items("\n  \n"));
        assertRefused("workshop.answer.required", "items", ITEMS, items(null));
        assertRefused(
                "workshop.answer.tooManyItems", "items", ITEMS, items("punt\n".repeat(AnswerRules.MAX_ITEMS + 1)));
        assertRefused(
                "workshop.answer.itemTooLong", "items", ITEMS, items("kort\n" + "x".repeat(AnswerRules.MAX_ITEM + 1)));
    }

    // ---- choice and scale

    @Test
    void aChoiceIsTheOptionsNumber() {
        assertEquals(new Given(0, List.of()), AnswerRules.check(CHOICE, number(0)));
        assertEquals(new Given(2, List.of()), AnswerRules.check(CHOICE, number(2)));
    }

    @Test
    void aChoiceRefusedSaysWhy() {
        assertRefused("workshop.answer.choose", "number", CHOICE, number(null));
        assertRefused("workshop.answer.unknownOption", "number", CHOICE, number(3));
        assertRefused("workshop.answer.unknownOption", "number", CHOICE, number(-1));
    }

    @Test
    void aScaleTakesEveryPointFromLowestToHighest() {
        for (int point = 1; point <= 5; point++) {
            assertEquals(new Given(point, List.of()), AnswerRules.check(SCALE, number(point)));
        }
    }

    @Test
    void aScaleRefusedSaysWhy() {
        assertRefused("workshop.answer.choose", "scale", SCALE, number(null));
        assertRefused("workshop.answer.outOfScale", "scale", SCALE, number(0));
        assertRefused("workshop.answer.outOfScale", "scale", SCALE, number(6));
    }

    // ---- ranking

    @Test
    void aRankingStoresEachOptionWithItsNumberInTheParticipantsOrder() {
        Given given = AnswerRules.check(RANKING, ranking(2, 0, 1));

        assertEquals(
                List.of(
                        new AnswerItem.Content("Mensen", 2, null),
                        new AnswerItem.Content("Geld", 0, null),
                        new AnswerItem.Content("Tijd", 1, null)),
                given.items());
    }

    @Test
    void aRankingMustPutEveryOptionInPlaceOnce() {
        assertRefused("workshop.answer.rankAll", "ranking", RANKING, ranking(0, 1));
        assertRefused("workshop.answer.rankAll", "ranking", RANKING, ranking(0, 1, 1));
        assertRefused("workshop.answer.rankAll", "ranking", RANKING, ranking(0, 1, 3));
        assertRefused("workshop.answer.rankAll", "ranking", RANKING, ranking(0, 1, 2, 0));
        assertRefused("workshop.answer.rankAll", "ranking", RANKING, ranking(0, 1, null));
        AnswerForm none = new AnswerForm();
        none.setRanking(null);
        assertRefused("workshop.answer.rankAll", "ranking", RANKING, none);
    }

    // ---- canvas

    @Test
    void aCanvasKeepsItsNotesAsTypedWithoutTheBlankOnes() {
        Given given = AnswerRules.check(
                CANVAS, notes(note("  Gemeente ", 1, 0), note("  ", 0, 0), null, note("Buren", 0, 1)));

        assertEquals(List.of(note("  Gemeente ", 1, 0), note("Buren", 0, 1)), given.items());
        assertEquals(
                List.of(note("Plan", 1, null)),
                AnswerRules.check(COLUMNS, notes(note("Plan", 1, null))).items());
    }

    @Test
    void aCanvasRefusedSaysWhy() {
        assertRefused("workshop.answer.required", "notes", CANVAS, notes(note(" ", 0, 0)));
        assertRefused("workshop.answer.required", "notes", CANVAS, notes());
        assertRefused(
                "workshop.answer.tooManyItems",
                "notes",
                CANVAS,
                notes(Collections.nCopies(AnswerRules.MAX_ITEMS + 1, note("Briefje", 0, 0))
                        .toArray(AnswerItem.Content[]::new)));
        assertRefused(
                "workshop.answer.itemTooLong",
                "notes",
                CANVAS,
                notes(note("x".repeat(AnswerRules.MAX_ITEM + 1), 0, 0)));
    }

    @Test
    void everyNoteNeedsAColumnAndARowWhenTheCanvasHasRows() {
        assertRefused("workshop.answer.place", "notes", CANVAS, notes(note("Los", 2, 0)));
        assertRefused("workshop.answer.place", "notes", CANVAS, notes(note("Los", -1, 0)));
        assertRefused("workshop.answer.place", "notes", CANVAS, notes(note("Los", 0, 2)));
        assertRefused("workshop.answer.place", "notes", CANVAS, notes(new AnswerItem.Content("Los", 0, null)));
        assertRefused("workshop.answer.place", "notes", CANVAS, notes(new AnswerItem.Content("Los", null, 0)));
        assertRefused("workshop.answer.place", "notes", COLUMNS, notes(note("Geen rij", 0, 0)));
    }

    // ----

    private static void assertRefused(String key, String field, ExerciseStep step, AnswerForm form) {
        ValidationFailure refusal = assertThrows(ValidationFailure.class, () -> AnswerRules.check(step, form));
        assertEquals(key, refusal.getMessageKey());
        assertEquals(field, refusal.getField());
    }

    private static AnswerForm text(String text) {
        AnswerForm form = new AnswerForm();
        form.setText(text);
        return form;
    }

    private static AnswerForm items(String items) {
        AnswerForm form = new AnswerForm();
        form.setItems(items);
        return form;
    }

    private static AnswerForm number(Integer number) {
        AnswerForm form = new AnswerForm();
        form.setNumber(number);
        return form;
    }

    private static AnswerForm ranking(Integer... order) {
        AnswerForm form = new AnswerForm();
        form.setRanking(Arrays.asList(order));
        return form;
    }

    private static AnswerForm notes(AnswerItem.Content... notes) {
        AnswerForm form = new AnswerForm();
        form.setNotes(new ArrayList<>(Arrays.asList(notes)));
        return form;
    }
}
