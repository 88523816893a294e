package nl.cmostamm.portal.method.chooser;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import nl.cmostamm.portal.shared.ValidationFailure;

/**
 * One set of answers to the chooser, as the rules read it and a {@link MethodChoice} stores it.
 * The sets are copied into unmodifiable, ordered {@link EnumSet}s; a missing set is empty. An
 * answer still missing is allowed here, so the chooser can check one step at a time with {@link
 * #check(ChooserStep)}; the rules and the service take only answers that pass {@link #checkAll()}.
 */
public record ChooserAnswers(
        Set<Purpose> purposes, Euros euros, Set<ExistingData> data, Capacity capacity, OutsideHelp help, Phase phase)
        implements Serializable {

    public ChooserAnswers {
        purposes = copy(purposes, Purpose.class);
        data = copy(data, ExistingData.class);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        EnumSet<E> copy = EnumSet.noneOf(type);
        if (values != null) {
            copy.addAll(values);
        }
        return Collections.unmodifiableSet(copy);
    }

    public boolean wants(Purpose purpose) {
        return purposes.contains(purpose);
    }

    /** Whether the municipality or a fund is to be shown the value. */
    public boolean accountable() {
        return wants(Purpose.ACCOUNTABILITY_MUNICIPALITY) || wants(Purpose.ACCOUNTABILITY_FUND);
    }

    public boolean has(ExistingData kind) {
        return kind != ExistingData.NONE && data.contains(kind);
    }

    /** Whether nothing is collected yet: no numbers, stories or survey answers. */
    public boolean hasNoData() {
        return !has(ExistingData.NUMBERS) && !has(ExistingData.STORIES) && !has(ExistingData.SURVEYS);
    }

    /** Whether a student or an advisor can help. */
    public boolean helped() {
        return help != null && help != OutsideHelp.NONE;
    }

    /**
     * Refuses the answers of one step that are missing or do not go together, with the message key
     * and the field (the input's id on the chooser page).
     */
    public void check(ChooserStep step) {
        switch (step) {
            case PURPOSE -> {
                if (purposes.isEmpty()) {
                    throw new ValidationFailure("chooser.purposes.required", "purposes");
                }
            }
            case EUROS -> {
                if (euros == null) {
                    throw new ValidationFailure("chooser.euros.required", "euros");
                }
            }
            case DATA -> {
                if (data.isEmpty()) {
                    throw new ValidationFailure("chooser.data.required", "data");
                }
                if (data.contains(ExistingData.NONE) && data.size() > 1) {
                    throw new ValidationFailure("chooser.data.noneWithOthers", "data");
                }
            }
            case CAPACITY -> {
                if (capacity == null) {
                    throw new ValidationFailure("chooser.capacity.required", "capacity");
                }
                if (help == null) {
                    throw new ValidationFailure("chooser.help.required", "help");
                }
            }
            case PHASE -> {
                if (phase == null) {
                    throw new ValidationFailure("chooser.phase.required", "phase");
                }
            }
        }
    }

    /** Refuses answers that are incomplete or do not go together, at the first step concerned. */
    public void checkAll() {
        for (ChooserStep step : ChooserStep.values()) {
            check(step);
        }
    }
}
