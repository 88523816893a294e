package nl.cmostamm.portal.workshop;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.shared.Input;

/**
 * The knowledge centre's exercises, read by everyone signed in. Each exercise is shown in its
 * newest version, with its steps fetched in one more query for the whole list.
 */
@Stateless
@Guarded
public class ExerciseLibrary {

    @PersistenceContext(unitName = "portal")
    EntityManager em;

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
}
