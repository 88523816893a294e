package nl.cmostamm.portal.demo;

import jakarta.persistence.EntityManager;
import nl.cmostamm.portal.method.toc.Level;

/**
 * What a piece of demo evidence (an MSC domain, an effect) stands for, by title: a goal where the
 * initiative has no Theory of Change, else an outcome of its ToC. The outcome record counts the
 * evidence on that row. The titles are looked up in the initiative being written.
 */
record StandsFor(String goal, String outcome) {

    static StandsFor goal(String title) {
        return new StandsFor(title, null);
    }

    static StandsFor outcome(String title) {
        return new StandsFor(null, title);
    }

    /** The goal's id, or null when this stands for an outcome. */
    Long goalId(EntityManager em) {
        return goal == null
                ? null
                : em.createQuery("select g.id from Goal g where g.title = :title", Long.class)
                        .setParameter("title", goal)
                        .getSingleResult();
    }

    /** The ToC outcome's id, or null when this stands for a goal. */
    Long outcomeId(EntityManager em) {
        return outcome == null
                ? null
                : em.createQuery(
                                "select e.id from TocElement e where e.title = :title and e.level = :level", Long.class)
                        .setParameter("title", outcome)
                        .setParameter("level", Level.OUTCOME)
                        .getSingleResult();
    }
}
