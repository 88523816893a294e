package nl.cmostamm.portal.workshop;

import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import nl.cmostamm.portal.security.Language;

/**
 * A finished session for the tests of the web module's results files, built without a database:
 * two exercises with a step of every kind, three participants and their answers, some items picked,
 * grouped or hidden by the presenter. Exercise content is written only by Flyway, so its fields are
 * set here as the migration's rows would fill them; this class sits in the domain's package to reach
 * what the domain keeps to itself (answers, the presenter's handling, {@link StepResults#of}).
 */
public final class WorkshopSamples {

    /** The participants' names, none of which may appear in the document that is shared. */
    public static final List<String> NAMES = List.of("Annabel Zwart", "Bartholomeus", "Cornelia Vos");

    private WorkshopSamples() {}

    /** "Toekomst van de buurtkamer", 1 December 2026 at 19:30 Dutch time, with its exercises in {@code language}. */
    public static WorkshopSession session(Language language) {
        WorkshopSession session = new WorkshopSession(1, "KQ74MX");
        session.setTitle("Toekomst van de buurtkamer");
        session.setStartsAt(LocalDateTime.of(2026, 12, 1, 19, 30)
                .atZone(WorkshopService.ZONE)
                .toInstant());
        session.setLanguage(language);
        ExerciseVersion who = exercise("Wie doet mee?", "Who takes part?");
        step(who, 11, StepKind.ITEMS, "Noem belanghebbenden", "Name stakeholders");
        step(
                who,
                12,
                StepKind.CANVAS,
                "Belang en invloed",
                "Interest and influence",
                "optionsNl",
                "Weinig invloed\nVeel invloed",
                "optionsEn",
                "Little influence\nMuch influence",
                "rowsNl",
                "Veel belang\nWeinig belang",
                "rowsEn",
                "Much interest\nLittle interest");
        ExerciseVersion choices = exercise("Keuzes maken", "Making choices");
        step(
                choices,
                21,
                StepKind.CHOICE,
                "Doorgaan?",
                "Carry on?",
                "optionsNl",
                "Ja\nNee\nWeet niet",
                "optionsEn",
                "Yes\nNo\nDon't know");
        step(choices, 22, StepKind.SCALE, "Hoe tevreden?", "How satisfied?", "scaleMin", 1, "scaleMax", 5);
        step(
                choices,
                23,
                StepKind.RANKING,
                "Wat is het belangrijkst?",
                "What matters most?",
                "optionsNl",
                "Geld\nTijd\nMensen",
                "optionsEn",
                "Money\nTime\nPeople");
        step(choices, 24, StepKind.TEXT, "Wat wenst u de buurtkamer toe?", "What do you wish the room?");
        session.getExercises().addAll(List.of(who, choices));
        return session;
    }

    /** The results of every step in order, as the service gives them after the session. */
    public static List<StepResults> results(WorkshopSession session) {
        List<Participant> people = NAMES.stream()
                .map(name -> new Participant(1, name, "hash-" + name))
                .toList();
        List<ExerciseStep> steps = session.steps();
        List<List<WorkshopAnswer>> answers = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            answers.add(new ArrayList<>());
        }
        // items: Gemeente said twice (once picked) and Wethouder grouped with it, one that looks like a
        // formula, a hidden one
        answers.get(0)
                .add(answer(steps.get(0), people.get(0), null, item("Gemeente"), item("Huisarts"), item("=SOM(1;1)")));
        WorkshopAnswer items =
                answer(steps.get(0), people.get(1), null, item(" gemeente"), item("Wethouder"), item("Geheime tip"));
        items.getItems().get(0).setPicked(true);
        items.getItems().get(1).setGroupLabel("Gemeente");
        items.getItems().get(2).setHidden(true);
        answers.get(0).add(items);
        // canvas: interest down, influence across
        WorkshopAnswer notes = answer(steps.get(1), people.get(0), null, note("Wethouder", 1, 0), note("Buren", 0, 1));
        notes.getItems().get(0).setGroupLabel("Overheid");
        notes.getItems().get(0).setPicked(true);
        answers.get(1).add(notes);
        WorkshopAnswer canvas = answer(steps.get(1), people.get(2), null, note("Verborgen briefje", 0, 0));
        canvas.getItems().get(0).setHidden(true);
        answers.get(1).add(canvas);
        // choice: Ja twice, Nee once
        for (int i = 0; i < 3; i++) {
            answers.get(2).add(answer(steps.get(2), people.get(i), i == 2 ? 1 : 0));
        }
        // scale: 2 and 5, mean 3.5
        answers.get(3).add(answer(steps.get(3), people.get(0), 2));
        answers.get(3).add(answer(steps.get(3), people.get(1), 5));
        // ranking: Mensen first twice
        answers.get(4).add(ranked(steps.get(4), people.get(0), 2, 0, 1));
        answers.get(4).add(ranked(steps.get(4), people.get(1), 2, 1, 0));
        // text: one typed with markup, one hidden
        answers.get(5).add(answer(steps.get(5), people.get(0), null, item("Meer <b>ontmoeting</b> & koffie")));
        WorkshopAnswer hidden = answer(steps.get(5), people.get(1), null, item("Iets kwetsends"));
        hidden.getItems().get(0).setHidden(true);
        answers.get(5).add(hidden);

        List<StepResults> results = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            results.add(StepResults.of(steps.get(i), i + 1, people.size(), answers.get(i), session.getLanguage()));
        }
        return results;
    }

    /** The session as it is after the retention period: its answers deleted today. */
    public static void forgetAnswers(WorkshopSession session) {
        session.answersDeleted();
    }

    /** The results of a session nobody answered (or whose answers were deleted). */
    public static List<StepResults> unanswered(WorkshopSession session) {
        List<ExerciseStep> steps = session.steps();
        List<StepResults> results = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            results.add(StepResults.of(steps.get(i), i + 1, 0, List.of(), session.getLanguage()));
        }
        return results;
    }

    private static ExerciseVersion exercise(String dutch, String english) {
        ExerciseVersion version = new ExerciseVersion();
        set(version, "titleNl", dutch);
        set(version, "titleEn", english);
        return version;
    }

    private static void step(
            ExerciseVersion version, long id, StepKind kind, String dutch, String english, Object... fieldsAndValues) {
        ExerciseStep step = new ExerciseStep();
        set(step, "id", id);
        set(step, "exerciseVersion", version);
        set(step, "position", version.getSteps().size() + 1);
        set(step, "kind", kind);
        set(step, "titleNl", dutch);
        set(step, "titleEn", english);
        set(step, "instructionsNl", "Instructie bij " + dutch);
        set(step, "instructionsEn", "Instructions for " + english);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            set(step, (String) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        version.getSteps().add(step);
    }

    private static WorkshopAnswer answer(
            ExerciseStep step, Participant participant, Integer number, AnswerItem.Content... items) {
        WorkshopAnswer answer = new WorkshopAnswer(1, participant, step.getId());
        answer.replace(number, List.of(items));
        return answer;
    }

    /** A ranking as stored: each option's Dutch text with its number, in the participant's order. */
    private static WorkshopAnswer ranked(ExerciseStep step, Participant participant, int... order) {
        List<String> options = step.options(Language.NL);
        AnswerItem.Content[] items = new AnswerItem.Content[order.length];
        for (int i = 0; i < order.length; i++) {
            items[i] = new AnswerItem.Content(options.get(order[i]), order[i], null);
        }
        return answer(step, participant, null, items);
    }

    private static AnswerItem.Content item(String text) {
        return new AnswerItem.Content(text, null, null);
    }

    private static AnswerItem.Content note(String text, int column, int row) {
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
