package nl.cmostamm.portal.workshop;

import static nl.cmostamm.portal.workshop.Steps.answer;
import static nl.cmostamm.portal.workshop.Steps.item;
import static nl.cmostamm.portal.workshop.Steps.note;
import static nl.cmostamm.portal.workshop.Steps.step;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.workshop.StepResults.Count;
import org.junit.jupiter.api.Test;

/**
 * What the presenter and the documents afterwards show of a step: counts per option in the
 * session's language, the spread and mean of a scale, the ranking's best option first, the same item
 * written differently counted once, and a canvas's notes in their cells; hidden items count nowhere.
 */
class StepResultsTest {

    @Test
    void aChoiceCountsEveryOptionInTheSessionsLanguageWithItsShare() {
        ExerciseStep choice =
                step(1, StepKind.CHOICE, "optionsNl", "Ja\nNee\nWeet niet", "optionsEn", "Yes\nNo\nDon't know");
        List<WorkshopAnswer> answers =
                List.of(answer(choice, "Anna", 0), answer(choice, "Bob", 0), answer(choice, "Carla", 2));

        StepResults results = StepResults.of(choice, 3, 5, answers, Language.EN);

        assertEquals(
                List.of(new Count("Yes", 2, 2 / 3.0), new Count("No", 0, 0), new Count("Don't know", 1, 1 / 3.0)),
                results.counts());
        assertEquals(3, results.number());
        assertEquals(5, results.participants(), "who joined, whether or not they answered");
        assertEquals(answers, results.answers());
        assertNull(results.mean());
    }

    @Test
    void aScaleCountsFromItsLowestPointAndGivesTheMean() {
        ExerciseStep scale = step(2, StepKind.SCALE, "scaleMin", 1, "scaleMax", 5);

        StepResults results = StepResults.of(
                scale,
                1,
                3,
                List.of(answer(scale, "Anna", 1), answer(scale, "Bob", 4), answer(scale, "Carla", 4)),
                Language.NL);

        assertEquals(
                List.of("1", "2", "3", "4", "5"),
                results.counts().stream().map(Count::label).toList());
        assertEquals(
                List.of(1L, 0L, 0L, 2L, 0L),
                results.counts().stream().map(Count::count).toList());
        assertEquals(3.0, results.mean());
    }

    @Test
    void aScaleNobodyAnsweredHasNoMean() {
        ExerciseStep scale = step(2, StepKind.SCALE, "scaleMin", 0, "scaleMax", 10);

        StepResults results = StepResults.of(scale, 1, 3, List.of(), Language.NL);

        assertNull(results.mean());
        assertEquals(11, results.counts().size());
        assertTrue(results.counts().stream().allMatch(c -> c.count() == 0 && c.share() == 0));
    }

    @Test
    void aRankingPutsTheBestMeanPlaceFirstAndCountsTimesFirst() {
        ExerciseStep ranking = step(3, StepKind.RANKING, "optionsNl", "Geld\nTijd\nMensen");

        StepResults results = StepResults.of(
                ranking,
                1,
                3,
                List.of(
                        ranked(ranking, "Anna", 2, 0, 1),
                        ranked(ranking, "Bob", 2, 1, 0),
                        ranked(ranking, "Carla", 1, 2, 0)),
                Language.NL);

        // Mensen: places 1, 1 and 2; Tijd: 3, 2 and 1; Geld: 2, 3 and 3
        assertEquals(
                List.of(new Count("Mensen", 2, 4 / 3.0), new Count("Tijd", 1, 2.0), new Count("Geld", 0, 8 / 3.0)),
                results.counts(),
                "the count of a ranking is its times first, the share its mean place");
    }

    @Test
    void itemsDifferingOnlyInCaseAndSpacesCountOnceUnderTheirFirstWritingMostSaidFirst() {
        ExerciseStep items = step(4, StepKind.ITEMS);
        WorkshopAnswer anna = answer(items, "Anna", null, item("Huisarts"), item("gemeente"));
        WorkshopAnswer bob = answer(items, "Bob", null, item("  Gemeente "), item("huisarts"), item("School"));
        WorkshopAnswer carla = answer(items, "Carla", null, item("GEMEENTE"), item("Kerk"));
        carla.getItems().get(1).setHidden(true);
        bob.getItems().get(0).setPicked(true);

        StepResults results = StepResults.of(items, 1, 3, List.of(anna, bob, carla), Language.NL);

        assertEquals(
                List.of(
                        new Count("gemeente", 3, 1.0),
                        new Count("Huisarts", 2, 2 / 3.0),
                        new Count("School", 1, 1 / 3.0)),
                results.counts(),
                "the hidden Kerk is not counted");
        List<AnswerItem> said = results.itemsSaid(results.counts().get(0));
        assertEquals(
                List.of("gemeente", "  Gemeente ", "GEMEENTE"),
                said.stream().map(AnswerItem::getText).toList(),
                "everyone's own writing, as typed");
        assertTrue(said.get(1).isPicked());
        assertTrue(results.groupedWith(results.counts().get(0)).isEmpty(), "all wrote the label itself");
        assertTrue(results.itemsSaid(new Count("Kerk", 0, 0)).isEmpty(), "a hidden item is not said");
    }

    @Test
    void itemsThePresenterGroupedCountTogetherUnderTheGroupsLabel() {
        ExerciseStep items = step(4, StepKind.ITEMS);
        WorkshopAnswer anna = answer(items, "Anna", null, item("Gemeente"), item("Buurthuis"));
        WorkshopAnswer bob = answer(items, "Bob", null, item("De gemeente"), item("wethouder"), item("Bibliotheek"));
        bob.getItems().get(0).setGroupLabel("Gemeente");
        bob.getItems().get(1).setGroupLabel("gemeente");
        anna.getItems().get(1).setGroupLabel("Ontmoeting");
        bob.getItems().get(2).setGroupLabel("Ontmoeting");

        StepResults results = StepResults.of(items, 1, 2, List.of(anna, bob), Language.NL);

        assertEquals(
                List.of(new Count("Gemeente", 2, 1.0), new Count("Ontmoeting", 2, 1.0)),
                results.counts(),
                "counted by the people who said it: Bob's two items in the group count once");
        assertEquals(
                List.of("Gemeente", "De gemeente", "wethouder"),
                results.itemsSaid(results.counts().get(0)).stream()
                        .map(AnswerItem::getText)
                        .toList());
        assertEquals(
                List.of("De gemeente", "wethouder"),
                results.groupedWith(results.counts().get(0)));
        assertEquals(
                List.of("Buurthuis", "Bibliotheek"),
                results.groupedWith(results.counts().get(1)));
    }

    @Test
    void aCanvasPlacesTheVisibleNotesInTheirCellsRowByRow() {
        ExerciseStep canvas = step(
                5,
                StepKind.CANVAS,
                "optionsNl",
                "Weinig invloed\nVeel invloed",
                "rowsNl",
                "Veel belang\nWeinig belang");
        WorkshopAnswer anna = answer(canvas, "Anna", null, note("Gemeente", 1, 0), note("Buren", 0, 1));
        WorkshopAnswer bob = answer(canvas, "Bob", null, note("Wethouder", 1, 0), note("Geheim", 0, 0));
        bob.getItems().get(1).setHidden(true);

        StepResults results = StepResults.of(canvas, 1, 2, List.of(anna, bob), Language.NL);

        assertEquals(4, results.cells().size(), "two columns by two rows");
        assertEquals(
                List.of("0/0", "1/0", "0/1", "1/1"),
                results.cells().stream().map(c -> c.column() + "/" + c.row()).toList());
        assertEquals(
                List.of("Gemeente", "Wethouder"),
                results.cell(1, 0).stream().map(AnswerItem::getText).toList());
        assertEquals(
                List.of("Buren"),
                results.cell(0, 1).stream().map(AnswerItem::getText).toList());
        assertTrue(results.cell(0, 0).isEmpty(), "the hidden note is left out");
    }

    @Test
    void aCanvasWithoutRowsHasOneCellPerColumn() {
        ExerciseStep canvas = step(6, StepKind.CANVAS, "optionsNl", "Nu\nStraks\nLater");

        StepResults results =
                StepResults.of(canvas, 1, 1, List.of(answer(canvas, "Anna", null, note("Plan", 2, null))), Language.NL);

        assertEquals(3, results.cells().size());
        assertTrue(results.cells().stream().allMatch(c -> c.row() == null));
        assertEquals(
                List.of("Plan"),
                results.cell(2, null).stream().map(AnswerItem::getText).toList());
    }

    @Test
    void textsAreTheResultThemselves() {
        ExerciseStep text = step(7, StepKind.TEXT);

        StepResults results =
                StepResults.of(text, 1, 2, List.of(answer(text, "Anna", null, item("Meer ontmoeting"))), Language.NL);

        assertTrue(results.counts().isEmpty());
        assertTrue(results.cells().isEmpty());
        assertEquals(
                "Meer ontmoeting", results.answers().get(0).getItems().get(0).getText());
    }

    @Test
    void resultsTravelWithThePresentersViewToAnotherNode() throws Exception {
        ExerciseStep canvas = step(8, StepKind.CANVAS, "optionsNl", "Nu\nLater");
        StepResults results =
                StepResults.of(canvas, 1, 1, List.of(answer(canvas, "Anna", null, note("Plan", 1, null))), Language.NL);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(results);
        }
        StepResults restored;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            restored = (StepResults) in.readObject();
        }

        assertEquals(results.counts(), restored.counts());
        assertEquals(
                List.of("Plan"),
                restored.cell(1, null).stream().map(AnswerItem::getText).toList());
    }

    /** A ranking answer: the option numbers in the participant's order. */
    private static WorkshopAnswer ranked(ExerciseStep step, String name, int... order) {
        List<String> options = step.options(Language.NL);
        AnswerItem.Content[] items = new AnswerItem.Content[order.length];
        for (int i = 0; i < order.length; i++) {
            items[i] = new AnswerItem.Content(options.get(order[i]), order[i], null);
        }
        return answer(step, name, null, items);
    }
}
