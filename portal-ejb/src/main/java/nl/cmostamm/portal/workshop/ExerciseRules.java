package nl.cmostamm.portal.workshop;

import java.util.List;
import java.util.regex.Pattern;
import nl.cmostamm.portal.shared.ValidationFailure;

/**
 * What a version of an exercise must be before the library keeps it, as pure rules the service
 * applies first (the one rule that needs the database, a code no other exercise has, is the
 * service's). They are the checks of V19 said in advance, so an advisor is told at the field instead
 * of meeting a database error, plus what a session in either language needs: every required text in
 * Dutch and English, and lists with as many lines in both. Nothing typed is changed or cut: a text
 * that does not fit is refused. Each refusal names the form's field (a step's as {@code
 * steps:<index>:<field>}, from 0) and a bundle key of the text {@code exercise.*}.
 */
final class ExerciseRules {

    static final int MAX_CODE = 60;
    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_TEXT = 4000;
    static final int MIN_MINUTES = 5;
    static final int MAX_MINUTES = 240;
    static final int MIN_OPTIONS = 2;
    static final int MAX_OPTIONS = 8;
    static final int MIN_ROWS = 2;
    static final int MAX_ROWS = 6;
    static final int MAX_LINE = 60;
    static final int SCALE_FLOOR = 0;
    static final int SCALE_CEILING = 10;

    /** The check on {@code exercise.code} in V19: lower-case words and digits joined by single hyphens. */
    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ExerciseRules() {}

    /** Refuses the first thing in {@code form} that does not fit, at its field. */
    static void check(ExerciseForm form) {
        if (form.isNew()) {
            checkCode(form.getCode());
        }
        required(form.getTitleNl(), MAX_TITLE, "exercise.title.required", "titleNl");
        required(form.getTitleEn(), MAX_TITLE, "exercise.title.required", "titleEn");
        required(form.getSummaryNl(), MAX_SUMMARY, "exercise.summary.required", "summaryNl");
        required(form.getSummaryEn(), MAX_SUMMARY, "exercise.summary.required", "summaryEn");
        if (form.getMinutes() == null) {
            throw new ValidationFailure("exercise.minutes.required", "minutes");
        }
        if (form.getMinutes() < MIN_MINUTES || form.getMinutes() > MAX_MINUTES) {
            throw new ValidationFailure("exercise.minutes.range", "minutes");
        }
        List<ExerciseForm.StepForm> steps = form.getSteps();
        if (steps == null || steps.isEmpty()) {
            throw new ValidationFailure("exercise.steps.required", "steps");
        }
        if (steps.size() > ExerciseForm.MAX_STEPS) {
            throw new ValidationFailure("exercise.steps.tooMany", "steps");
        }
        for (int index = 0; index < steps.size(); index++) {
            checkStep(steps.get(index), "steps:" + index + ":");
        }
    }

    private static void checkCode(String code) {
        if (code == null || code.isBlank()) {
            throw new ValidationFailure("exercise.code.required", "code");
        }
        if (code.length() > MAX_CODE) {
            throw new ValidationFailure("field.tooLong", "code");
        }
        if (!CODE.matcher(code).matches()) {
            throw new ValidationFailure("exercise.code.invalid", "code");
        }
    }

    private static void checkStep(ExerciseForm.StepForm step, String at) {
        if (step == null || step.getKind() == null) {
            throw new ValidationFailure("exercise.step.kind.required", at + "kind");
        }
        required(step.getTitleNl(), MAX_TITLE, "exercise.step.title.required", at + "titleNl");
        required(step.getTitleEn(), MAX_TITLE, "exercise.step.title.required", at + "titleEn");
        required(step.getInstructionsNl(), MAX_TEXT, "exercise.step.instructions.required", at + "instructionsNl");
        required(step.getInstructionsEn(), MAX_TEXT, "exercise.step.instructions.required", at + "instructionsEn");
        checkExample(step, at);
        StepKind kind = step.getKind();
        if (kind.hasOptions()) {
            checkList(step.getOptionsNl(), step.getOptionsEn(), MIN_OPTIONS, MAX_OPTIONS, "options", at);
        }
        if (kind.hasRows()) {
            boolean none = isBlank(step.getRowsNl()) && isBlank(step.getRowsEn());
            if (!none) {
                checkList(step.getRowsNl(), step.getRowsEn(), MIN_ROWS, MAX_ROWS, "rows", at);
            }
        }
        if (kind.hasScale()) {
            checkScale(step.getScaleMin(), step.getScaleMax(), at);
        }
    }

    /** No example is fine; one in only one language would leave a session in the other without it. */
    private static void checkExample(ExerciseForm.StepForm step, String at) {
        if (step.getExampleNl() != null && step.getExampleNl().length() > MAX_TEXT) {
            throw new ValidationFailure("field.tooLong", at + "exampleNl");
        }
        if (step.getExampleEn() != null && step.getExampleEn().length() > MAX_TEXT) {
            throw new ValidationFailure("field.tooLong", at + "exampleEn");
        }
        if (isBlank(step.getExampleNl()) != isBlank(step.getExampleEn())) {
            String missing = isBlank(step.getExampleNl()) ? "exampleNl" : "exampleEn";
            throw new ValidationFailure("exercise.step.example.bothLanguages", at + missing);
        }
    }

    /**
     * A list of {@code name} ("options" or "rows") in both languages: {@code min} to {@code max}
     * entries of at most {@link #MAX_LINE} characters each, and as many in English as in Dutch,
     * since a participant's answer is stored as the entry's position.
     */
    private static void checkList(String dutch, String english, int min, int max, String name, String at) {
        int inDutch = checkLines(dutch, min, max, name, at + name + "Nl");
        int inEnglish = checkLines(english, min, max, name, at + name + "En");
        if (inDutch != inEnglish) {
            throw new ValidationFailure("exercise.step." + name + ".sameCount", at + name + "En");
        }
    }

    private static int checkLines(String text, int min, int max, String name, String field) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new ValidationFailure("field.tooLong", field);
        }
        List<String> lines = ExerciseStep.lines(text);
        if (lines.isEmpty()) {
            throw new ValidationFailure("exercise.step." + name + ".required", field);
        }
        if (lines.size() < min || lines.size() > max) {
            throw new ValidationFailure("exercise.step." + name + ".count", field);
        }
        if (lines.stream().anyMatch(line -> line.length() > MAX_LINE)) {
            throw new ValidationFailure("exercise.step." + name + ".lineTooLong", field);
        }
        return lines.size();
    }

    private static void checkScale(Integer min, Integer max, String at) {
        if (min == null) {
            throw new ValidationFailure("exercise.step.scale.required", at + "scaleMin");
        }
        if (max == null) {
            throw new ValidationFailure("exercise.step.scale.required", at + "scaleMax");
        }
        if (min < SCALE_FLOOR || min >= SCALE_CEILING) {
            throw new ValidationFailure("exercise.step.scale.range", at + "scaleMin");
        }
        if (max <= min || max > SCALE_CEILING) {
            throw new ValidationFailure("exercise.step.scale.range", at + "scaleMax");
        }
    }

    /** A text that must say something, no longer than {@code max} as typed (it is stored as typed). */
    private static void required(String value, int max, String key, String field) {
        if (isBlank(value)) {
            throw new ValidationFailure(key, field);
        }
        if (value.length() > max) {
            throw new ValidationFailure("field.tooLong", field);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
