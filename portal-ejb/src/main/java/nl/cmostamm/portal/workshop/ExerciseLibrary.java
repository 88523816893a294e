package nl.cmostamm.portal.workshop;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.shared.ConcurrentEditException;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * The knowledge centre's exercises, read by everyone signed in and written by advisors and admins.
 * Each exercise is shown in its newest version, with its steps fetched in one more query for the
 * whole list. An edit never changes a version: it adds the next one, so a session keeps the text it
 * was planned with. Since a new version changes nothing in the exercise's own row, saving one raises
 * that row's version explicitly: two advisors who started from the same version conflict, instead
 * of both writing a version on top of it.
 */
@Stateless
@Guarded
public class ExerciseLibrary {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    /** The newest version of every exercise taken out of the library, to find and put back. */
    @Allow(Caller.ADVISOR)
    public List<ExerciseVersion> retired() {
        return em.createQuery(
                        "select v from ExerciseVersion v where v.exercise.retired = true and v.number ="
                                + " (select max(w.number) from ExerciseVersion w where w.exercise = v.exercise)"
                                + " order by v.titleNl",
                        ExerciseVersion.class)
                .getResultList();
    }

    /** The newest version of every exercise in use, by title. */
    @Allow(Caller.SIGNED_IN)
    public List<ExerciseVersion> current() {
        return em.createQuery(
                        "select v from ExerciseVersion v where v.exercise.retired = false and v.number ="
                                + " (select max(w.number) from ExerciseVersion w where w.exercise = v.exercise)"
                                + " order by v.titleNl",
                        ExerciseVersion.class)
                .setHint("eclipselink.batch", "v.steps")
                .getResultList();
    }

    /** One version with its steps, whether or not it is still the newest. */
    @Allow(Caller.SIGNED_IN)
    public ExerciseVersion version(long id) {
        ExerciseVersion version = Input.find(em, ExerciseVersion.class, id);
        version.getSteps().size();
        return version;
    }

    /** A blank exercise when {@code exerciseId} is null, else a copy of its newest version to edit. */
    @Allow(Caller.ADVISOR)
    public ExerciseForm form(Long exerciseId) {
        if (exerciseId == null) {
            return ExerciseForm.blank();
        }
        Input.find(em, Exercise.class, exerciseId);
        return ExerciseForm.of(newest(exerciseId));
    }

    /**
     * A new exercise, or the next version of an existing one; refused at its field when it does not
     * fit, a conflict when someone saved the exercise since the form was opened.
     */
    @Allow(Caller.ADVISOR)
    public ExerciseVersion save(ExerciseForm form) {
        ExerciseRules.check(form);
        long author = Tenancy.requireAccount();
        Exercise exercise;
        int number;
        if (form.isNew()) {
            boolean taken = em.createQuery("select count(e) from Exercise e where e.code = :code", Long.class)
                            .setParameter("code", form.getCode())
                            .getSingleResult()
                    > 0;
            if (taken) {
                throw new ValidationFailure("exercise.code.taken", "code");
            }
            exercise = new Exercise(form.getCode());
            em.persist(exercise);
            number = 1;
        } else {
            exercise = Input.find(em, Exercise.class, form.getId(), form.getVersion());
            touch(exercise, form.getVersion());
            Integer newest = em.createQuery(
                            "select max(v.number) from ExerciseVersion v where v.exercise = :exercise", Integer.class)
                    .setParameter("exercise", exercise)
                    .getSingleResult();
            number = (newest == null ? 0 : newest) + 1;
        }
        ExerciseVersion version = new ExerciseVersion(exercise, number, form, author);
        em.persist(version);
        List<ExerciseForm.StepForm> steps = form.getSteps();
        for (int index = 0; index < steps.size(); index++) {
            ExerciseStep step = new ExerciseStep(version, index + 1, steps.get(index));
            em.persist(step);
            version.getSteps().add(step);
        }
        em.flush();
        return version;
    }

    /** Takes an exercise out of the library; sessions planned with it keep their version. */
    @Allow(Caller.ADVISOR)
    public Exercise retire(long exerciseId, long version) {
        return setRetired(exerciseId, version, true);
    }

    /** Puts a retired exercise back in the library. */
    @Allow(Caller.ADVISOR)
    public Exercise reactivate(long exerciseId, long version) {
        return setRetired(exerciseId, version, false);
    }

    /** Every version of an exercise, newest first, with when and by whom it was written. */
    @Allow(Caller.ADVISOR)
    public List<ExerciseVersionEntry> history(long exerciseId) {
        Input.find(em, Exercise.class, exerciseId);
        List<ExerciseVersion> versions = em.createQuery(
                        "select v from ExerciseVersion v where v.exercise.id = :id order by v.number desc",
                        ExerciseVersion.class)
                .setParameter("id", exerciseId)
                .getResultList();
        List<Long> authorIds = versions.stream()
                .map(ExerciseVersion::getCreatedBy)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, String> names = authorIds.isEmpty()
                ? Map.of()
                : em.createQuery("select a.id, a.displayName from Account a where a.id in :ids", Object[].class)
                        .setParameter("ids", authorIds)
                        .getResultStream()
                        .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
        return versions.stream()
                .map(v -> new ExerciseVersionEntry(
                        v.getId(),
                        v.getNumber(),
                        v.getCreatedAt(),
                        v.getCreatedBy() == null ? null : names.get(v.getCreatedBy())))
                .toList();
    }

    private Exercise setRetired(long exerciseId, long version, boolean retired) {
        Exercise exercise = Input.find(em, Exercise.class, exerciseId, version);
        if (exercise.isRetired() != retired) {
            exercise.setRetired(retired);
            em.flush();
        }
        return exercise;
    }

    /**
     * Raises the exercise's version if it is still {@code version}, in the database: a second
     * advisor saving from the same version waits for the first one's transaction, then finds the
     * version raised and conflicts, rather than writing the same next number beside it. The update
     * sets nothing else; EclipseLink adds the raise of the version to every bulk update of a
     * versioned entity.
     */
    private void touch(Exercise exercise, long version) {
        int raised = em.createQuery(
                        "update Exercise e set e.retired = e.retired where e.id = :id and e.version = :version")
                .setParameter("id", exercise.getId())
                .setParameter("version", version)
                .executeUpdate();
        if (raised != 1) {
            throw new ConcurrentEditException();
        }
        em.refresh(exercise);
    }

    /** The newest version of an exercise with its steps; not found for an exercise without any. */
    private ExerciseVersion newest(long exerciseId) {
        ExerciseVersion newest = em.createQuery(
                        "select v from ExerciseVersion v where v.exercise.id = :id order by v.number desc",
                        ExerciseVersion.class)
                .setParameter("id", exerciseId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException(ExerciseVersion.class.getSimpleName()));
        newest.getSteps().size();
        return newest;
    }
}
