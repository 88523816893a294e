package nl.cmostamm.portal.method.chooser;

import java.io.Serializable;
import java.util.List;
import nl.cmostamm.portal.method.Method;

/**
 * What {@link MethodAdvice} says about one set of answers, as bundle keys only: the recommended
 * methods in the order to take them up, the other methods with why they fit less, how to combine
 * the recommended ones, and tips that follow from the answers.
 */
public record Advice(List<Fit> recommended, List<Fit> others, List<String> combinations, List<String> tips)
        implements Serializable {

    public Advice {
        recommended = List.copyOf(recommended);
        others = List.copyOf(others);
        combinations = List.copyOf(combinations);
        tips = List.copyOf(tips);
    }

    /** The recommended methods alone, in their order. */
    public List<Method> recommendedMethods() {
        return recommended.stream().map(Fit::method).toList();
    }

    /**
     * One method against the answers: the answers that speak for it ({@code reasons}) and those
     * that speak against it or rule it out ({@code cautions}; for a method not recommended, at
     * least one), what it takes, what it needs and what it yields.
     */
    public record Fit(
            Method method, List<String> reasons, List<String> cautions, Effort effort, String needs, String yields)
            implements Serializable {

        public Fit {
            reasons = List.copyOf(reasons);
            cautions = List.copyOf(cautions);
        }
    }

    /** The effort of a method: hours, people and skills, each a bundle key. */
    public record Effort(String hours, String people, String skills) implements Serializable {}
}
