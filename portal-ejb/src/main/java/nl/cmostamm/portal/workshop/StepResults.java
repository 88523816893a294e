package nl.cmostamm.portal.workshop;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.cmostamm.portal.security.Language;

/**
 * The answers to one step as the presenter shows them: who answered, each answer's items, and the
 * summary that suits the kind — counts per option (choice), the spread over the scale (scale), the
 * mean rank per option (ranking), the same item said by several people counted once (items), the
 * notes per cell (canvas). Hidden items count nowhere on the projector; the presenter still sees them.
 * The presenter's view keeps it, so it travels with the view state to another node of the cluster.
 */
public record StepResults(
        ExerciseStep step,
        int number,
        int participants,
        List<WorkshopAnswer> answers,
        List<Count> counts,
        Double mean,
        List<Cell> cells)
        implements Serializable {

    /** A label (an option, a scale point, an item as first written) and how often it was given. */
    public record Count(String label, long count, double share) implements Serializable {}

    /** A canvas cell with the visible notes placed in it. */
    public record Cell(int column, Integer row, List<AnswerItem> notes) implements Serializable {}

    static StepResults of(
            ExerciseStep step, int number, int participants, List<WorkshopAnswer> answers, Language lang) {
        List<Count> counts = new ArrayList<>();
        Double mean = null;
        List<Cell> cells = new ArrayList<>();
        switch (step.getKind()) {
            case CHOICE -> {
                List<String> options = step.options(lang);
                long[] tally = new long[options.size()];
                answers.forEach(a -> tally[a.getNumberValue()]++);
                for (int i = 0; i < options.size(); i++) {
                    counts.add(count(options.get(i), tally[i], answers.size()));
                }
            }
            case SCALE -> {
                int min = step.getScaleMin();
                long[] tally = new long[step.getScaleMax() - min + 1];
                answers.forEach(a -> tally[a.getNumberValue() - min]++);
                for (int i = 0; i < tally.length; i++) {
                    counts.add(count(String.valueOf(min + i), tally[i], answers.size()));
                }
                mean = answers.isEmpty()
                        ? null
                        : answers.stream()
                                .mapToInt(WorkshopAnswer::getNumberValue)
                                .average()
                                .orElseThrow();
            }
            case RANKING -> {
                // the mean place of each option, best first; "count" is its number of first places
                List<String> options = step.options(lang);
                double[] places = new double[options.size()];
                long[] firsts = new long[options.size()];
                for (WorkshopAnswer answer : answers) {
                    for (AnswerItem item : answer.getItems()) {
                        places[item.getX()] += item.getPosition();
                        if (item.getPosition() == 1) {
                            firsts[item.getX()]++;
                        }
                    }
                }
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < options.size(); i++) {
                    order.add(i);
                }
                order.sort(Comparator.comparingDouble(i -> places[i]));
                for (int i : order) {
                    double meanPlace = answers.isEmpty() ? 0 : places[i] / answers.size();
                    counts.add(new Count(options.get(i), firsts[i], meanPlace));
                }
            }
            case ITEMS -> {
                // how many people said it (an answer is one person's): the same written twice counts once
                Map<String, String> labels = new LinkedHashMap<>();
                Map<String, Set<Integer>> people = new HashMap<>();
                for (int person = 0; person < answers.size(); person++) {
                    for (AnswerItem item : answers.get(person).getItems()) {
                        if (!item.isHidden()) {
                            String label = countedAs(item);
                            String key = key(label);
                            labels.putIfAbsent(key, label);
                            people.computeIfAbsent(key, k -> new HashSet<>()).add(person);
                        }
                    }
                }
                labels.entrySet().stream()
                        .map(e -> count(e.getValue(), people.get(e.getKey()).size(), answers.size()))
                        .sorted(Comparator.comparingLong(Count::count).reversed())
                        .forEach(counts::add);
            }
            case CANVAS -> {
                int rows = step.rows(lang).size();
                for (int row = 0; row < Math.max(rows, 1); row++) {
                    for (int column = 0; column < step.options(lang).size(); column++) {
                        int c = column;
                        Integer r = rows == 0 ? null : row;
                        List<AnswerItem> notes = answers.stream()
                                .flatMap(a -> a.getItems().stream())
                                .filter(i -> !i.isHidden() && i.getX() == c && Objects.equals(i.getY(), r))
                                .toList();
                        cells.add(new Cell(column, r, notes));
                    }
                }
            }
            case TEXT -> {
                // the texts themselves are the result
            }
        }
        return new StepResults(step, number, participants, answers, counts, mean, cells);
    }

    /** What an item counts as: the group the presenter put it in (so a group counts together), else its text. */
    private static String countedAs(AnswerItem item) {
        return item.getGroupLabel() != null
                ? item.getGroupLabel()
                : item.getText().strip();
    }

    /** Two labels count as one when they differ only in case and the spaces around them. */
    private static String key(String label) {
        return label.strip().toLowerCase(Locale.ROOT);
    }

    private static Count count(String label, long count, int of) {
        return new Count(label, count, of == 0 ? 0 : (double) count / of);
    }

    /** The items the presenter put in the spotlight, as they were given. */
    public List<AnswerItem> spotlight() {
        return answers.stream()
                .flatMap(a -> a.getItems().stream())
                .filter(i -> i.isSpotlight() && !i.isHidden())
                .toList();
    }

    /** Every item of every answer, hidden ones too, for the presenter to handle. */
    public List<AnswerItem> items() {
        return answers.stream().flatMap(a -> a.getItems().stream()).toList();
    }

    /**
     * The visible items an items step counted as {@code said}: everyone's own writing of it and the
     * items the presenter grouped under it, with the handling (picked) the count alone does not carry.
     */
    public List<AnswerItem> itemsSaid(Count said) {
        String key = key(said.label());
        return answers.stream()
                .flatMap(a -> a.getItems().stream())
                .filter(i -> !i.isHidden() && key(countedAs(i)).equals(key))
                .toList();
    }

    /**
     * The other texts counted under {@code said}: what the presenter grouped with it, each once as
     * first written; empty when everyone wrote the label itself.
     */
    public List<String> groupedWith(Count said) {
        Map<String, String> others = new LinkedHashMap<>();
        for (AnswerItem item : itemsSaid(said)) {
            String text = item.getText().strip();
            if (!key(text).equals(key(said.label()))) {
                others.putIfAbsent(key(text), text);
            }
        }
        return List.copyOf(others.values());
    }

    /** The notes of one cell of a canvas. */
    public List<AnswerItem> cell(int column, Integer row) {
        return cells.stream()
                .filter(c -> c.column() == column && Objects.equals(c.row(), row))
                .findFirst()
                .map(Cell::notes)
                .orElse(List.of());
    }
}
