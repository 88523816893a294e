package nl.cmostamm.portal.method;

import jakarta.persistence.EntityManager;
import java.util.Set;
import nl.cmostamm.portal.goal.Goal;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.method.toc.TocElement;
import nl.cmostamm.portal.shared.ValidationFailure;

/**
 * What a method's evidence stands for: an outcome of the initiative's Theory of Change, or one of
 * its goals where it has no ToC. The MSC domains and the effects link to these the same way, and the
 * outcome record reads those links back.
 */
public final class OutcomeLinks {

    private OutcomeLinks() {}

    /**
     * The ToC element {@code id} of the current tenant at one of {@code levels}, or null when no id
     * is given; anything else is refused with {@code key} at the field {@code outcome}.
     */
    public static TocElement outcome(EntityManager em, Long id, Set<Level> levels, String key) {
        if (id == null) {
            return null;
        }
        TocElement outcome = em.find(TocElement.class, id);
        if (outcome == null || !levels.contains(outcome.getLevel())) {
            throw new ValidationFailure(key, "outcome");
        }
        return outcome;
    }

    /** The goal {@code id} of the current tenant, or null when none is given; else refused at {@code goal}. */
    public static Goal goal(EntityManager em, Long id, String key) {
        if (id == null) {
            return null;
        }
        Goal goal = em.find(Goal.class, id);
        if (goal == null) {
            throw new ValidationFailure(key, "goal");
        }
        return goal;
    }
}
