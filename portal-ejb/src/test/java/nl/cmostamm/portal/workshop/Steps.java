package nl.cmostamm.portal.workshop;

import java.lang.reflect.Field;
import java.util.List;

/**
 * Exercise steps and answers for the plain tests of this package. A step is product content that
 * only Flyway writes, so the entity has no constructor for it; its fields are set here as the
 * migration's rows would fill them, keeping such a door out of the main code.
 */
final class Steps {

    private Steps() {}

    /** A step of {@code kind} titled "Stap n" / "Step n", with further fields as name, value pairs. */
    static ExerciseStep step(long id, StepKind kind, Object... fieldsAndValues) {
        ExerciseStep step = new ExerciseStep();
        set(step, "id", id);
        set(step, "kind", kind);
        set(step, "titleNl", "Stap " + id);
        set(step, "titleEn", "Step " + id);
        set(step, "instructionsNl", "Doe het zo");
        set(step, "instructionsEn", "Do it thus");
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            set(step, (String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return step;
    }

    /** A participant's answer to {@code step}: a number (choice, scale) or items. */
    static WorkshopAnswer answer(ExerciseStep step, String name, Integer number, AnswerItem.Content... items) {
        WorkshopAnswer answer = new WorkshopAnswer(1, new Participant(1, name, "hash-" + name), step.getId());
        answer.replace(number, List.of(items));
        return answer;
    }

    static AnswerItem.Content item(String text) {
        return new AnswerItem.Content(text, null, null);
    }

    static AnswerItem.Content note(String text, int column, Integer row) {
        return new AnswerItem.Content(text, column, row);
    }

    private static void set(Object target, String name, Object value) {
        try {
            Field field = target.getClass().getDeclaredField(name);
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(name, e);
        }
    }
}
