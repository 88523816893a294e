package nl.cmostamm.portal.workshop;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.SecretTokens;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;
import org.eclipse.persistence.config.QueryHints;

/**
 * Live workshop sessions. The advisor who planned a session (and the knowledge centre's admins) run
 * it: open it, move the step, open it whole, end it, read the answers. Participants reach it only
 * through the token of the cookie they got when joining: every participant method starts from that
 * token and touches nothing but the one session it belongs to.
 *
 * <p>Moving the step and ending the session are idempotent (the presenter's second click changes
 * nothing); an answer replaces the participant's earlier answer to the same step, so a resent form
 * stores it once.
 */
@Stateless
@Guarded
public class WorkshopService {

    /** Dutch time: sessions are planned and shown in it. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    static final int MAX_EXERCISES = 10;
    static final int MAX_PARTICIPANTS = 200;
    static final int MAX_NAME = 40;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    // ---- the advisor's side

    /** The caller's sessions (an admin's: everyone's), the newest first. */
    @Allow(Caller.ADVISOR)
    public List<WorkshopSession> sessions() {
        boolean admin = caller().isAdmin();
        return em.createQuery(
                        "select s from WorkshopSession s where (:admin = true or s.ownerId = :owner)"
                                + " order by s.startsAt desc, s.id desc",
                        WorkshopSession.class)
                .setParameter("admin", admin)
                .setParameter("owner", caller().getId())
                .setHint("eclipselink.batch", "s.exercises")
                .getResultList();
    }

    /** The names of the initiatives the caller may run a session for (their own, or all for admins). */
    @Allow(Caller.ADVISOR)
    public Map<Long, String> initiatives() {
        Map<Long, String> names = new LinkedHashMap<>();
        for (Object row : sql("select id, name from initiative order by name").getResultList()) {
            Object[] columns = (Object[]) row;
            names.put(((Number) columns[0]).longValue(), (String) columns[1]);
        }
        return names;
    }

    @Allow(Caller.ADVISOR)
    public WorkshopSession session(long id) {
        WorkshopSession session = Input.find(em, WorkshopSession.class, id);
        Account caller = caller();
        if (session.getOwnerId() != caller.getId() && !caller.isAdmin()) {
            // another advisor's session does not exist for this one
            throw new NotFoundException(WorkshopSession.class.getSimpleName());
        }
        return session;
    }

    /** Plans a session with the newest versions of the chosen exercises and a fresh join code. */
    @Allow(Caller.ADVISOR)
    public WorkshopSession schedule(SessionForm form) {
        String title = Input.required(form.getTitle(), 200, "workshop.title.required", "title");
        if (form.getDay() == null) {
            throw new ValidationFailure("workshop.day.required", "day");
        }
        if (form.getTime() == null) {
            throw new ValidationFailure("workshop.time.required", "time");
        }
        List<Long> chosen = form.getExerciseIds() == null ? List.of() : form.getExerciseIds();
        if (chosen.isEmpty()) {
            throw new ValidationFailure("workshop.exercises.required", "exercises");
        }
        if (chosen.size() > MAX_EXERCISES || chosen.stream().distinct().count() != chosen.size()) {
            throw new ValidationFailure("workshop.exercises.tooMany", "exercises");
        }
        if (form.getInitiativeId() != null && !initiatives().containsKey(form.getInitiativeId())) {
            throw new ValidationFailure("workshop.initiative.unknown", "initiative");
        }
        List<ExerciseVersion> versions = new ArrayList<>();
        for (Long exerciseId : chosen) {
            versions.add(em.createQuery(
                            "select v from ExerciseVersion v where v.exercise.id = :id and v.exercise.retired = false"
                                    + " order by v.number desc",
                            ExerciseVersion.class)
                    .setParameter("id", exerciseId)
                    .setMaxResults(1)
                    .getResultStream()
                    .findFirst()
                    .orElseThrow(() -> new ValidationFailure("workshop.exercises.unknown", "exercises")));
        }
        WorkshopSession session = new WorkshopSession(caller().getId(), freeCode());
        session.setTitle(title);
        session.setStartsAt(form.getDay().atTime(form.getTime()).atZone(ZONE).toInstant());
        session.setLanguage(form.getLanguage());
        session.setPace(form.getPace() == null ? Pace.PRESENTER : form.getPace());
        session.setInitiativeId(form.getInitiativeId());
        session.getExercises().addAll(versions);
        em.persist(session);
        em.flush();
        return session;
    }

    /** Starts the session at its first step (participants who joined early see it at once). */
    @Allow(Caller.ADVISOR)
    public WorkshopSession open(long id) {
        WorkshopSession session = running(id);
        if (session.getStatus() == SessionStatus.SCHEDULED) {
            session.open();
        }
        return session;
    }

    /** Moves everyone to step {@code step} (1 = the first); moving to where it is changes nothing. */
    @Allow(Caller.ADVISOR)
    public WorkshopSession moveTo(long id, int step) {
        WorkshopSession session = running(id);
        if (step < 1 || step > session.steps().size()) {
            throw new ValidationFailure("workshop.step.unknown", "step");
        }
        if (session.getStatus() == SessionStatus.SCHEDULED) {
            session.open();
        }
        session.setCurrentStep(step);
        return session;
    }

    @Allow(Caller.ADVISOR)
    public WorkshopSession pace(long id, Pace pace) {
        WorkshopSession session = running(id);
        session.setPace(pace);
        return session;
    }

    /** Ends the session: its code stops admitting anyone and the answers can no longer change. */
    @Allow(Caller.ADVISOR)
    public WorkshopSession close(long id) {
        WorkshopSession session = session(id);
        if (!session.isEnded()) {
            session.close();
        }
        return session;
    }

    /** The answers to step {@code step} of a session, with the summary for its kind. */
    @Allow(Caller.ADVISOR)
    public StepResults results(long id, int step) {
        WorkshopSession session = session(id);
        List<ExerciseStep> steps = session.steps();
        if (step < 1 || step > steps.size()) {
            throw new ValidationFailure("workshop.step.unknown", "step");
        }
        ExerciseStep asked = steps.get(step - 1);
        List<WorkshopAnswer> answers = em.createQuery(
                        "select a from WorkshopAnswer a where a.sessionId = :session and a.stepId = :step"
                                + " order by a.answeredAt, a.id",
                        WorkshopAnswer.class)
                .setParameter("session", id)
                .setParameter("step", asked.getId())
                .setHint("eclipselink.batch", "a.items")
                .getResultList();
        return StepResults.of(asked, step, (int) seated(id), answers, session.getLanguage());
    }

    /**
     * The answers to every step of a session, in order, for the documents made afterwards. Besides
     * reading the session, three queries whatever the number of steps: the answers with their
     * participants, their items in one batch, and the count of participants.
     */
    @Allow(Caller.ADVISOR)
    public List<StepResults> allResults(long id) {
        WorkshopSession session = session(id);
        List<ExerciseStep> steps = session.steps();
        Map<Long, List<WorkshopAnswer>> byStep = em
                .createQuery(
                        "select a from WorkshopAnswer a join fetch a.participant where a.sessionId = :session"
                                + " order by a.answeredAt, a.id",
                        WorkshopAnswer.class)
                .setParameter("session", id)
                .setHint(QueryHints.BATCH, "a.items")
                // EclipseLink batches 500 answers at a time; a session has at most this many
                .setHint(QueryHints.BATCH_SIZE, Math.max(1, steps.size() * MAX_PARTICIPANTS))
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(WorkshopAnswer::getStepId));
        int participants = (int) seated(id);
        List<StepResults> results = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            ExerciseStep step = steps.get(i);
            results.add(StepResults.of(
                    step, i + 1, participants, byStep.getOrDefault(step.getId(), List.of()), session.getLanguage()));
        }
        return results;
    }

    /** What the presenter does with one answer item. */
    public enum Handling {
        HIDE,
        SHOW,
        SPOTLIGHT,
        UNSPOTLIGHT,
        PICK,
        UNPICK
    }

    /**
     * Hides or shows, spotlights or not, picks or unpicks one item of an answer in the caller's
     * session. Each sets a state rather than toggling it, so a repeated click changes nothing.
     */
    @Allow(Caller.ADVISOR)
    public AnswerItem handle(long sessionId, long itemId, Handling handling) {
        AnswerItem item = itemOf(sessionId, itemId);
        switch (handling) {
            case HIDE -> item.setHidden(true);
            case SHOW -> item.setHidden(false);
            case SPOTLIGHT -> item.setSpotlight(true);
            case UNSPOTLIGHT -> item.setSpotlight(false);
            case PICK -> item.setPicked(true);
            case UNPICK -> item.setPicked(false);
        }
        return item;
    }

    /** Puts an item in a group (its label, as short items are counted together), or none. */
    @Allow(Caller.ADVISOR)
    public AnswerItem group(long sessionId, long itemId, String label) {
        AnswerItem item = itemOf(sessionId, itemId);
        String group = label == null || label.isBlank() ? null : label.strip();
        if (group != null && group.length() > 60) {
            throw new ValidationFailure("workshop.group.tooLong", "group");
        }
        item.setGroupLabel(group);
        return item;
    }

    private AnswerItem itemOf(long sessionId, long itemId) {
        session(sessionId);
        AnswerItem item = em.find(AnswerItem.class, itemId);
        if (item == null || item.getAnswer().getSessionId() != sessionId) {
            throw new NotFoundException(AnswerItem.class.getSimpleName());
        }
        return item;
    }

    /**
     * Deletes the participants, with their answers, of every session that ended (or, never ended,
     * started) before {@code endedBefore}; the session itself stays, saying when its answers went.
     * Returns how many sessions were cleared.
     */
    @Allow(Caller.SERVICE)
    public int forgetAnswers(java.time.Instant endedBefore) {
        List<WorkshopSession> due = em.createQuery(
                        "select s from WorkshopSession s where s.answersDeletedAt is null"
                                + " and ((s.closedAt is not null and s.closedAt < :before)"
                                + " or (s.closedAt is null and s.startsAt < :before))",
                        WorkshopSession.class)
                .setParameter("before", endedBefore)
                .getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        List<Long> ids = due.stream().map(WorkshopSession::getId).toList();
        // the answers and their items go with their participant (ON DELETE CASCADE)
        em.createQuery("delete from Participant p where p.sessionId in :ids")
                .setParameter("ids", ids)
                .executeUpdate();
        due.forEach(WorkshopSession::answersDeleted);
        return due.size();
    }

    // ---- the participant's side

    /**
     * Joins the session of {@code code} under a name of the participant's choosing. The token in the
     * outcome goes into the participant's cookie and nowhere else; only its hash is kept.
     */
    @Allow(Caller.ANYONE)
    public JoinOutcome join(String code, String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty()) {
            throw new ValidationFailure("workshop.name.required", "name");
        }
        if (name.length() > MAX_NAME) {
            throw new ValidationFailure("workshop.name.tooLong", "name");
        }
        Optional<String> wellFormed = JoinCodes.normalise(code);
        if (wellFormed.isEmpty()) {
            return JoinOutcome.refused(JoinOutcome.Result.UNKNOWN_CODE);
        }
        List<WorkshopSession> found = em.createQuery(
                        "select s from WorkshopSession s where s.joinCode = :code order by s.createdAt desc",
                        WorkshopSession.class)
                .setParameter("code", wellFormed.get())
                .getResultList();
        Optional<WorkshopSession> live =
                found.stream().filter(s -> !s.isEnded()).findFirst();
        if (live.isEmpty()) {
            return JoinOutcome.refused(found.isEmpty() ? JoinOutcome.Result.UNKNOWN_CODE : JoinOutcome.Result.ENDED);
        }
        WorkshopSession session = live.get();
        if (seated(session.getId()) >= MAX_PARTICIPANTS) {
            return JoinOutcome.refused(JoinOutcome.Result.FULL);
        }
        String token = SecretTokens.newToken();
        Participant participant = new Participant(session.getId(), name, SecretTokens.hash(token));
        em.persist(participant);
        em.flush();
        return new JoinOutcome(JoinOutcome.Result.JOINED, token, new Seat(participant, session));
    }

    /** The participant of a cookie's token with their session, if the token is theirs. */
    @Allow(Caller.ANYONE)
    public Optional<Seat> seat(String token) {
        if (!SecretTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return em.createQuery("select p from Participant p where p.tokenHash = :hash", Participant.class)
                .setParameter("hash", SecretTokens.hash(token))
                .getResultStream()
                .findFirst()
                .map(p -> new Seat(p, em.find(WorkshopSession.class, p.getSessionId())));
    }

    /** The participant's own answer to a step of their session, if they gave one. */
    @Allow(Caller.ANYONE)
    public Optional<WorkshopAnswer> ownAnswer(String token, int step) {
        Seat seat = seat(token).orElseThrow(() -> new AccessDeniedException("not a participant"));
        List<ExerciseStep> steps = seat.session().steps();
        if (step < 1 || step > steps.size()) {
            return Optional.empty();
        }
        return find(seat.participant(), steps.get(step - 1).getId());
    }

    /**
     * Saves the participant's answer to a step open to them, replacing an earlier one. Refused at
     * its field when it does not fit the step; refused when the step is not (or no longer) open.
     */
    @Allow(Caller.ANYONE)
    public WorkshopAnswer answer(String token, int step, AnswerForm form) {
        Seat seat = seat(token).orElseThrow(() -> new AccessDeniedException("not a participant"));
        if (!seat.mayAnswer(step)) {
            throw new ValidationFailure(
                    seat.session().isEnded() ? "workshop.answer.ended" : "workshop.answer.notOpen", null);
        }
        ExerciseStep asked = seat.session().steps().get(step - 1);
        AnswerRules.Given given = AnswerRules.check(asked, form);
        WorkshopAnswer answer = find(seat.participant(), asked.getId())
                .orElseGet(() -> new WorkshopAnswer(seat.session().getId(), seat.participant(), asked.getId()));
        // what the presenter did with an item stays with it when the same item is sent again
        List<AnswerItem> earlier = List.copyOf(answer.getItems());
        if (!earlier.isEmpty()) {
            // the old items go first: the new ones take the same positions
            answer.clear();
            em.flush();
        }
        answer.replace(given.number(), given.items());
        for (AnswerItem item : answer.getItems()) {
            earlier.stream().filter(item::sameAs).findFirst().ifPresent(item::handledAs);
        }
        if (answer.getId() == null) {
            em.persist(answer);
        }
        em.flush();
        return answer;
    }

    // ----

    private Optional<WorkshopAnswer> find(Participant participant, long stepId) {
        return em.createQuery(
                        "select a from WorkshopAnswer a where a.participant = :participant and a.stepId = :step",
                        WorkshopAnswer.class)
                .setParameter("participant", participant)
                .setParameter("step", stepId)
                .getResultStream()
                .findFirst();
    }

    private long seated(long sessionId) {
        return em.createQuery("select count(p) from Participant p where p.sessionId = :session", Long.class)
                .setParameter("session", sessionId)
                .getSingleResult();
    }

    private WorkshopSession running(long id) {
        WorkshopSession session = session(id);
        if (session.isEnded()) {
            throw new ValidationFailure("workshop.session.ended", null);
        }
        return session;
    }

    /** A code no session that has not ended uses (the database's unique index is the last word). */
    private String freeCode() {
        while (true) {
            String code = JoinCodes.newCode();
            boolean taken = !em.createQuery(
                            "select s.id from WorkshopSession s where s.joinCode = :code and s.status <> :closed",
                            Long.class)
                    .setParameter("code", code)
                    .setParameter("closed", SessionStatus.CLOSED)
                    .getResultList()
                    .isEmpty();
            if (!taken) {
                return code;
            }
        }
    }

    private Account caller() {
        return em.find(Account.class, Tenancy.requireAccount());
    }

    private Query sql(String sql) {
        return em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    }
}
