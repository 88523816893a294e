package nl.cmostamm.portal.workshop;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.shared.ValidationFailure;

/**
 * Checks a participant's answer against its step and turns it into what is stored. Nothing typed is
 * changed: a text that is too long is refused, not cut; blank lines between items are the only
 * thing left out. Each refusal names the field the participant corrects.
 */
public final class AnswerRules {

    public static final int MAX_TEXT = 2000;
    public static final int MAX_ITEM = 200;
    public static final int MAX_ITEMS = 12;

    /** What is stored: a number for a choice or scale, items for the other kinds. */
    public record Given(Integer number, List<AnswerItem.Content> items) {}

    private AnswerRules() {}

    public static Given check(ExerciseStep step, AnswerForm form) {
        return switch (step.getKind()) {
            case TEXT -> text(form.getText());
            case ITEMS -> items(form.getItems());
            case CHOICE -> choice(form.getNumber(), step.options(Language.NL).size());
            case SCALE -> scale(form.getNumber(), step.getScaleMin(), step.getScaleMax());
            case RANKING -> ranking(form.getRanking(), step.options(Language.NL));
            case CANVAS ->
                canvas(
                        form.getNotes(),
                        step.options(Language.NL).size(),
                        step.rows(Language.NL).size());
        };
    }

    private static Given text(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationFailure("workshop.answer.required", "text");
        }
        if (text.length() > MAX_TEXT) {
            throw new ValidationFailure("workshop.answer.tooLong", "text");
        }
        return new Given(null, List.of(new AnswerItem.Content(text, null, null)));
    }

    private static Given items(String typed) {
        List<String> lines = typed == null
                ? List.of()
                : typed.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new ValidationFailure("workshop.answer.required", "items");
        }
        if (lines.size() > MAX_ITEMS) {
            throw new ValidationFailure("workshop.answer.tooManyItems", "items");
        }
        if (lines.stream().anyMatch(l -> l.length() > MAX_ITEM)) {
            throw new ValidationFailure("workshop.answer.itemTooLong", "items");
        }
        return new Given(
                null,
                lines.stream().map(l -> new AnswerItem.Content(l, null, null)).toList());
    }

    private static Given choice(Integer number, int options) {
        if (number == null) {
            throw new ValidationFailure("workshop.answer.choose", "number");
        }
        if (number < 0 || number >= options) {
            throw new ValidationFailure("workshop.answer.unknownOption", "number");
        }
        return new Given(number, List.of());
    }

    private static Given scale(Integer number, int min, int max) {
        if (number == null) {
            throw new ValidationFailure("workshop.answer.choose", "scale");
        }
        if (number < min || number > max) {
            throw new ValidationFailure("workshop.answer.outOfScale", "scale");
        }
        return new Given(number, List.of());
    }

    private static Given ranking(List<Integer> order, List<String> options) {
        Set<Integer> seen = new HashSet<>(order == null ? List.of() : order);
        if (order == null
                || order.size() != options.size()
                || seen.size() != options.size()
                || order.stream().anyMatch(i -> i == null || i < 0 || i >= options.size())) {
            throw new ValidationFailure("workshop.answer.rankAll", "ranking");
        }
        List<AnswerItem.Content> items = new ArrayList<>();
        for (int option : order) {
            items.add(new AnswerItem.Content(options.get(option), option, null));
        }
        return new Given(null, items);
    }

    private static Given canvas(List<AnswerItem.Content> notes, int columns, int rows) {
        List<AnswerItem.Content> given = notes == null
                ? List.of()
                : notes.stream()
                        .filter(n -> n != null && n.text() != null && !n.text().isBlank())
                        .toList();
        if (given.isEmpty()) {
            throw new ValidationFailure("workshop.answer.required", "notes");
        }
        if (given.size() > MAX_ITEMS) {
            throw new ValidationFailure("workshop.answer.tooManyItems", "notes");
        }
        for (AnswerItem.Content note : given) {
            if (note.text().length() > MAX_ITEM) {
                throw new ValidationFailure("workshop.answer.itemTooLong", "notes");
            }
            boolean column = note.x() != null && note.x() >= 0 && note.x() < columns;
            boolean row = rows == 0 ? note.y() == null : note.y() != null && note.y() >= 0 && note.y() < rows;
            if (!column || !row) {
                throw new ValidationFailure("workshop.answer.place", "notes");
            }
        }
        return new Given(null, given);
    }
}
