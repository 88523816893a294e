package nl.cmostamm.portal.workshop;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.cmostamm.portal.shared.ValidationFailure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExerciseRulesTest {

    // step indexes of valid(), one step of each kind
    private static final int TEXT = 0;
    private static final int CHOICE = 2;
    private static final int SCALE = 3;
    private static final int CANVAS = 5;

    @Test
    void aCompleteExerciseWithEveryKindOfStepFits() {
        assertDoesNotThrow(() -> ExerciseRules.check(valid()));
    }

    @Test
    void aNewExerciseHasALowerCaseKebabCode() {
        assertRefused("exercise.code.required", "code", f -> f.setCode(" "));
        assertRefused("exercise.code.invalid", "code", f -> f.setCode("Stakeholder-Map"));
        assertRefused("exercise.code.invalid", "code", f -> f.setCode("stakeholder map"));
        assertRefused("exercise.code.invalid", "code", f -> f.setCode("stakeholder--map"));
        assertRefused("exercise.code.invalid", "code", f -> f.setCode("-map"));
        assertRefused("exercise.code.invalid", "code", f -> f.setCode(" map"));
        assertRefused("field.tooLong", "code", f -> f.setCode("a".repeat(61)));
        assertDoesNotThrow(() -> ExerciseRules.check(with(f -> f.setCode("a".repeat(60)))));
        assertDoesNotThrow(() -> ExerciseRules.check(with(f -> f.setCode("toc-step-plan-2"))));
    }

    @Test
    void aNewVersionKeepsTheExercisesCodeSoItsCodeIsNotChecked() {
        ExerciseForm existing = existing();
        existing.setCode(null);
        assertDoesNotThrow(() -> ExerciseRules.check(existing));
    }

    @Test
    void titlesAndSummariesAreThereInBothLanguagesAndFitTheirColumns() {
        assertRefused("exercise.title.required", "titleNl", f -> f.setTitleNl(null));
        assertRefused("exercise.title.required", "titleEn", f -> f.setTitleEn("  "));
        assertRefused("field.tooLong", "titleNl", f -> f.setTitleNl("x".repeat(201)));
        assertRefused("field.tooLong", "titleEn", f -> f.setTitleEn("x".repeat(201)));
        assertRefused("exercise.summary.required", "summaryNl", f -> f.setSummaryNl(""));
        assertRefused("exercise.summary.required", "summaryEn", f -> f.setSummaryEn(null));
        assertRefused("field.tooLong", "summaryNl", f -> f.setSummaryNl("x".repeat(2001)));
        assertRefused("field.tooLong", "summaryEn", f -> f.setSummaryEn("x".repeat(2001)));
        assertDoesNotThrow(() -> ExerciseRules.check(with(f -> {
            f.setTitleNl("x".repeat(200));
            f.setSummaryEn("x".repeat(2000));
        })));
    }

    @Test
    void aTextIsMeasuredAsTypedSinceItIsKeptAsTyped() {
        assertRefused("field.tooLong", "titleNl", f -> f.setTitleNl(" " + "x".repeat(199) + " "));
    }

    @Test
    void anExerciseTakesFiveMinutesToFourHours() {
        assertRefused("exercise.minutes.required", "minutes", f -> f.setMinutes(null));
        assertRefused("exercise.minutes.range", "minutes", f -> f.setMinutes(4));
        assertRefused("exercise.minutes.range", "minutes", f -> f.setMinutes(241));
        assertRefused("exercise.minutes.range", "minutes", f -> f.setMinutes(-30));
        assertDoesNotThrow(() -> ExerciseRules.check(with(f -> f.setMinutes(5))));
        assertDoesNotThrow(() -> ExerciseRules.check(with(f -> f.setMinutes(240))));
    }

    @Test
    void anExerciseHasOneToTwelveSteps() {
        assertRefused("exercise.steps.required", "steps", f -> f.getSteps().clear());
        assertRefused("exercise.steps.required", "steps", f -> f.setSteps(null));
        assertRefused("exercise.steps.tooMany", "steps", f -> {
            while (f.getSteps().size() <= ExerciseForm.MAX_STEPS) {
                f.getSteps().add(textStep());
            }
        });
        assertDoesNotThrow(() -> ExerciseRules.check(with(f -> {
            while (f.getSteps().size() < ExerciseForm.MAX_STEPS) {
                f.getSteps().add(textStep());
            }
        })));
    }

    @Test
    void aStepHasAKindATitleAndInstructionsInBothLanguages() {
        assertRefused(
                "exercise.step.kind.required",
                "steps:0:kind",
                f -> step(f, TEXT).setKind(null));
        assertRefused(
                "exercise.step.title.required",
                "steps:2:titleNl",
                f -> step(f, CHOICE).setTitleNl(" "));
        assertRefused(
                "exercise.step.title.required",
                "steps:2:titleEn",
                f -> step(f, CHOICE).setTitleEn(null));
        assertRefused("field.tooLong", "steps:3:titleEn", f -> step(f, SCALE).setTitleEn("x".repeat(201)));
        assertRefused(
                "exercise.step.instructions.required",
                "steps:0:instructionsNl",
                f -> step(f, TEXT).setInstructionsNl(""));
        assertRefused(
                "exercise.step.instructions.required",
                "steps:5:instructionsEn",
                f -> step(f, CANVAS).setInstructionsEn(null));
        assertRefused(
                "field.tooLong", "steps:0:instructionsNl", f -> step(f, TEXT).setInstructionsNl("x".repeat(4001)));
        assertDoesNotThrow(() -> ExerciseRules.check(with(f -> step(f, TEXT).setInstructionsEn("x".repeat(4000)))));
    }

    @Test
    void anExampleIsOptionalButWhenGivenItIsThereInBothLanguages() {
        assertDoesNotThrow(() -> ExerciseRules.check(with(f -> {
            step(f, TEXT).setExampleNl(null);
            step(f, TEXT).setExampleEn(" ");
        })));
        assertRefused(
                "exercise.step.example.bothLanguages",
                "steps:0:exampleEn",
                f -> step(f, TEXT).setExampleEn(""));
        assertRefused(
                "exercise.step.example.bothLanguages",
                "steps:2:exampleNl",
                f -> step(f, CHOICE).setExampleNl(null));
        assertRefused("field.tooLong", "steps:0:exampleNl", f -> step(f, TEXT).setExampleNl("x".repeat(4001)));
        assertRefused("field.tooLong", "steps:0:exampleEn", f -> step(f, TEXT).setExampleEn("x".repeat(4001)));
    }

    @Test
    void choicesRankingsAndCanvasesHaveTwoToEightShortOptionsAsManyInBothLanguages() {
        assertRefused(
                "exercise.step.options.required",
                "steps:2:optionsNl",
                f -> step(f, CHOICE).setOptionsNl(null));
        assertRefused(
                "exercise.step.options.required",
                "steps:4:optionsEn",
                f -> f.getSteps().get(4).setOptionsEn("\n  \n"));
        assertRefused(
                "exercise.step.options.required",
                "steps:5:optionsNl",
                f -> step(f, CANVAS).setOptionsNl(""));
        assertRefused(
                "exercise.step.options.count",
                "steps:2:optionsNl",
                f -> step(f, CHOICE).setOptionsNl("Alleen ja"));
        assertRefused(
                "exercise.step.options.count",
                "steps:2:optionsEn",
                f -> step(f, CHOICE).setOptionsEn(lines(9)));
        assertRefused(
                "exercise.step.options.lineTooLong",
                "steps:2:optionsNl",
                f -> step(f, CHOICE).setOptionsNl("Ja\n" + "x".repeat(61)));
        assertRefused(
                "exercise.step.options.sameCount",
                "steps:2:optionsEn",
                f -> step(f, CHOICE).setOptionsEn("Yes\nNo\nMaybe"));
        assertRefused(
                "field.tooLong", "steps:2:optionsNl", f -> step(f, CHOICE).setOptionsNl("Ja\nNee" + "\n".repeat(4000)));
        assertDoesNotThrow(() -> ExerciseRules.check(with(f -> {
            step(f, CHOICE).setOptionsNl(lines(8));
            step(f, CHOICE).setOptionsEn(lines(8));
        })));
        assertDoesNotThrow(
                () -> ExerciseRules.check(with(f -> step(f, CHOICE).setOptionsNl("Ja\n\n  " + "x".repeat(60) + "  "))),
                "blank lines and the blanks around an entry do not count, as the step reads them");
    }

    @Test
    void onlyACanvasHasRowsNoneOrTwoToSixAsManyInBothLanguages() {
        assertDoesNotThrow(() -> ExerciseRules.check(with(f -> {
            step(f, CANVAS).setRowsNl(null);
            step(f, CANVAS).setRowsEn(" ");
        })));
        assertRefused(
                "exercise.step.rows.count",
                "steps:5:rowsNl",
                f -> step(f, CANVAS).setRowsNl("Eén rij"));
        assertRefused(
                "exercise.step.rows.count",
                "steps:5:rowsEn",
                f -> step(f, CANVAS).setRowsEn(lines(7)));
        assertRefused(
                "exercise.step.rows.required",
                "steps:5:rowsEn",
                f -> step(f, CANVAS).setRowsEn(null));
        assertRefused(
                "exercise.step.rows.lineTooLong",
                "steps:5:rowsNl",
                f -> step(f, CANVAS).setRowsNl("Laag\n" + "x".repeat(61)));
        assertRefused(
                "exercise.step.rows.sameCount",
                "steps:5:rowsEn",
                f -> step(f, CANVAS).setRowsEn("Low\nMiddle\nHigh"));
        assertDoesNotThrow(
                () -> ExerciseRules.check(with(f -> step(f, TEXT).setRowsNl("Eén rij"))),
                "a text step's rows are not its own: left out when saved, not refused");
    }

    @Test
    void aScaleRunsFromZeroToTenLowestFirst() {
        assertRefused(
                "exercise.step.scale.required",
                "steps:3:scaleMin",
                f -> step(f, SCALE).setScaleMin(null));
        assertRefused(
                "exercise.step.scale.required",
                "steps:3:scaleMax",
                f -> step(f, SCALE).setScaleMax(null));
        assertRefused(
                "exercise.step.scale.range",
                "steps:3:scaleMin",
                f -> step(f, SCALE).setScaleMin(-1));
        assertRefused(
                "exercise.step.scale.range",
                "steps:3:scaleMax",
                f -> step(f, SCALE).setScaleMax(11));
        assertRefused("exercise.step.scale.range", "steps:3:scaleMax", f -> {
            step(f, SCALE).setScaleMin(5);
            step(f, SCALE).setScaleMax(5);
        });
        assertRefused("exercise.step.scale.range", "steps:3:scaleMin", f -> {
            step(f, SCALE).setScaleMin(10);
            step(f, SCALE).setScaleMax(10);
        });
        assertDoesNotThrow(() -> ExerciseRules.check(with(f -> {
            step(f, SCALE).setScaleMin(0);
            step(f, SCALE).setScaleMax(10);
        })));
        assertDoesNotThrow(
                () -> ExerciseRules.check(with(f -> step(f, TEXT).setScaleMin(-5))),
                "a scale typed on another kind is left out when saved, not refused");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CHOICE", "RANKING", "CANVAS"})
    void everyKindWithOptionsNeedsThem(String kind) {
        ExerciseForm form = valid();
        ExerciseForm.StepForm step = step(form, TEXT);
        step.setKind(StepKind.valueOf(kind));
        ValidationFailure refused = assertThrows(ValidationFailure.class, () -> ExerciseRules.check(form));
        assertEquals("steps:0:optionsNl", refused.getField());
        step.setOptionsNl("Een\nTwee");
        step.setOptionsEn("One\nTwo");
        assertDoesNotThrow(() -> ExerciseRules.check(form));
    }

    @Test
    void nothingTypedIsChangedByTheCheck() {
        ExerciseForm form = valid();
        form.setTitleNl("  Wie doet mee?  ");
        step(form, CHOICE).setOptionsNl("  Ja \r\n\r\nNee\n");
        step(form, TEXT).setExampleNl("  Zo  ");
        step(form, TEXT).setExampleEn("Thus\n");
        List<String> before = snapshot(form);

        ExerciseRules.check(form);

        assertEquals(before, snapshot(form));
    }

    @Test
    void stepsAreAddedUpToTwelveRemovedAndMovedByIndex() {
        ExerciseForm form = ExerciseForm.blank();
        assertEquals(1, form.getSteps().size());
        assertEquals(StepKind.TEXT, form.getSteps().get(0).getKind());
        form.getSteps().get(0).setTitleNl("Een");
        assertTrue(form.addStep());
        form.getSteps().get(1).setTitleNl("Twee");
        assertTrue(form.addStep());
        form.getSteps().get(2).setTitleNl("Drie");

        form.moveUp(2);
        assertEquals(List.of("Een", "Drie", "Twee"), titles(form));
        form.moveDown(0);
        assertEquals(List.of("Drie", "Een", "Twee"), titles(form));
        form.moveUp(0);
        form.moveDown(2);
        form.removeStep(5);
        assertEquals(List.of("Drie", "Een", "Twee"), titles(form), "moves past either end change nothing");
        form.removeStep(1);
        assertEquals(List.of("Drie", "Twee"), titles(form));

        while (form.getSteps().size() < ExerciseForm.MAX_STEPS) {
            assertTrue(form.addStep());
        }
        assertFalse(form.addStep());
        assertEquals(ExerciseForm.MAX_STEPS, form.getSteps().size());
    }

    private static List<String> titles(ExerciseForm form) {
        return form.getSteps().stream().map(ExerciseForm.StepForm::getTitleNl).toList();
    }

    /** Every value of the form as typed, to compare before and after. */
    private static List<String> snapshot(ExerciseForm form) {
        List<String> values = new ArrayList<>(List.of(
                String.valueOf(form.getCode()),
                String.valueOf(form.getTitleNl()),
                String.valueOf(form.getTitleEn()),
                String.valueOf(form.getSummaryNl()),
                String.valueOf(form.getSummaryEn()),
                String.valueOf(form.getMinutes())));
        for (ExerciseForm.StepForm step : form.getSteps()) {
            values.addAll(List.of(
                    String.valueOf(step.getKind()),
                    String.valueOf(step.getTitleNl()),
                    String.valueOf(step.getTitleEn()),
                    String.valueOf(step.getInstructionsNl()),
                    String.valueOf(step.getInstructionsEn()),
                    String.valueOf(step.getExampleNl()),
                    String.valueOf(step.getExampleEn()),
                    String.valueOf(step.getOptionsNl()),
                    String.valueOf(step.getOptionsEn()),
                    String.valueOf(step.getRowsNl()),
                    String.valueOf(step.getRowsEn()),
                    String.valueOf(step.getScaleMin()),
                    String.valueOf(step.getScaleMax()),
                    String.valueOf(step.getAppliesTo())));
        }
        return values;
    }

    private static void assertRefused(String key, String field, Consumer<ExerciseForm> change) {
        ValidationFailure refused = assertThrows(ValidationFailure.class, () -> ExerciseRules.check(with(change)));
        assertEquals(key, refused.getMessageKey(), field);
        assertEquals(field, refused.getField(), key);
    }

    private static ExerciseForm with(Consumer<ExerciseForm> change) {
        ExerciseForm form = valid();
        change.accept(form);
        return form;
    }

    private static ExerciseForm.StepForm step(ExerciseForm form, int index) {
        return form.getSteps().get(index);
    }

    private static String lines(int count) {
        StringBuilder text = new StringBuilder();
        for (int line = 1; line <= count; line++) {
            text.append("Regel ").append(line).append('\n');
        }
        return text.toString();
    }

    /** An exercise that exists: its code is its own and no longer typed. */
    private static ExerciseForm existing() {
        ExerciseForm form = new ExerciseForm() {
            {
                id = 7L;
                version = 3L;
            }
        };
        ExerciseForm filled = valid();
        form.setTitleNl(filled.getTitleNl());
        form.setTitleEn(filled.getTitleEn());
        form.setSummaryNl(filled.getSummaryNl());
        form.setSummaryEn(filled.getSummaryEn());
        form.setMinutes(filled.getMinutes());
        form.setSteps(filled.getSteps());
        return form;
    }

    /** A new exercise with one step of each kind, in the order of {@link StepKind}. */
    private static ExerciseForm valid() {
        ExerciseForm form = new ExerciseForm();
        form.setCode("buurt-in-beeld");
        form.setTitleNl("De buurt in beeld");
        form.setTitleEn("The neighbourhood in view");
        form.setSummaryNl("Wie wonen er, wat gebeurt er al, en wat ontbreekt?");
        form.setSummaryEn("Who lives here, what already happens, and what is missing?");
        form.setMinutes(45);

        form.getSteps().add(textStep());

        ExerciseForm.StepForm items = filled(StepKind.ITEMS);
        items.setAppliesTo(AppliesTo.STAKEHOLDER);
        form.getSteps().add(items);

        ExerciseForm.StepForm choice = filled(StepKind.CHOICE);
        choice.setOptionsNl("Ja\nNee");
        choice.setOptionsEn("Yes\nNo");
        form.getSteps().add(choice);

        ExerciseForm.StepForm scale = filled(StepKind.SCALE);
        scale.setScaleMin(1);
        scale.setScaleMax(5);
        form.getSteps().add(scale);

        ExerciseForm.StepForm ranking = filled(StepKind.RANKING);
        ranking.setOptionsNl("Tijd\nGeld\nMensen");
        ranking.setOptionsEn("Time\nMoney\nPeople");
        form.getSteps().add(ranking);

        ExerciseForm.StepForm canvas = filled(StepKind.CANVAS);
        canvas.setOptionsNl("Weinig belang\nVeel belang");
        canvas.setOptionsEn("Low interest\nHigh interest");
        canvas.setRowsNl("Weinig invloed\nVeel invloed");
        canvas.setRowsEn("Low influence\nHigh influence");
        canvas.setAppliesTo(AppliesTo.STAKEHOLDER);
        form.getSteps().add(canvas);
        return form;
    }

    private static ExerciseForm.StepForm textStep() {
        return filled(StepKind.TEXT);
    }

    private static ExerciseForm.StepForm filled(StepKind kind) {
        ExerciseForm.StepForm step = new ExerciseForm.StepForm();
        step.setKind(kind);
        step.setTitleNl("Stap");
        step.setTitleEn("Step");
        step.setInstructionsNl("Doe dit.");
        step.setInstructionsEn("Do this.");
        step.setExampleNl("Zo bijvoorbeeld.");
        step.setExampleEn("Like this.");
        return step;
    }
}
