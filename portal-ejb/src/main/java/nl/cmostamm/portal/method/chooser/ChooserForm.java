package nl.cmostamm.portal.method.chooser;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import nl.cmostamm.portal.method.Method;

/**
 * The chooser as the page fills it in, step by step, and the methods the board ticks under the
 * advice. The multiple choices are arrays because Faces converts the items of an array to its
 * element type, while the items of a {@code List} would arrive as strings. A new take of the
 * chooser starts from the answers of the current choice, if any ({@link #of}).
 */
public class ChooserForm implements Serializable {

    private Purpose[] purposes = {};
    private Euros euros;
    private ExistingData[] data = {};
    private Capacity capacity;
    private OutsideHelp help;
    private Phase phase;
    private Method[] chosen = {};

    public static ChooserForm of(ChooserAnswers answers) {
        ChooserForm form = new ChooserForm();
        form.purposes = answers.purposes().toArray(Purpose[]::new);
        form.euros = answers.euros();
        form.data = answers.data().toArray(ExistingData[]::new);
        form.capacity = answers.capacity();
        form.help = answers.help();
        form.phase = answers.phase();
        return form;
    }

    public ChooserAnswers answers() {
        return new ChooserAnswers(setOf(purposes), euros, setOf(data), capacity, help, phase);
    }

    public Set<Method> chosenMethods() {
        return setOf(chosen);
    }

    private static <E extends Enum<E>> Set<E> setOf(E[] values) {
        return values == null || values.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(values));
    }

    public Purpose[] getPurposes() {
        return purposes;
    }

    public void setPurposes(Purpose[] purposes) {
        this.purposes = purposes;
    }

    public Euros getEuros() {
        return euros;
    }

    public void setEuros(Euros euros) {
        this.euros = euros;
    }

    public ExistingData[] getData() {
        return data;
    }

    public void setData(ExistingData[] data) {
        this.data = data;
    }

    public Capacity getCapacity() {
        return capacity;
    }

    public void setCapacity(Capacity capacity) {
        this.capacity = capacity;
    }

    public OutsideHelp getHelp() {
        return help;
    }

    public void setHelp(OutsideHelp help) {
        this.help = help;
    }

    public Phase getPhase() {
        return phase;
    }

    public void setPhase(Phase phase) {
        this.phase = phase;
    }

    public Method[] getChosen() {
        return chosen;
    }

    public void setChosen(Method[] chosen) {
        this.chosen = chosen;
    }
}
