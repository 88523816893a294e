package nl.cmostamm.portal.workshop;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.goal.GoalForm;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.method.toc.ElementForm;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.method.toc.TheoryOfChangeService;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.stakeholder.Involvement;
import nl.cmostamm.portal.stakeholder.StakeholderGroupForm;
import nl.cmostamm.portal.stakeholder.StakeholderService;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * Takes what a session produced into the initiative it worked for, never by itself: the advisor
 * picks answers in the presenter view, reviews here what each would become (a ToC element at a
 * level, a goal, a stakeholder group) and what is already there, and adds the ones chosen. Both
 * steps run inside the initiative's tenancy, and every addition goes through the module's own
 * service, so it is checked, isolated and audited there like one made on its page. Adding is
 * idempotent: what exists by the same name is shown as present and left alone.
 */
@Stateless
@Guarded
public class WorkshopTransfer {

    /** What one picked answer would become in the initiative. */
    public record Candidate(
            long itemId,
            AppliesTo target,
            String text,
            Level level,
            Involvement involvement,
            String step,
            Status status)
            implements Serializable {}

    /** Whether a candidate can be added. */
    public enum Status {
        NEW,
        PRESENT,
        TOO_LONG
    }

    /** The advisor's choice for one candidate: add it, at this level when it goes into the ToC. */
    public record Choice(long itemId, Level level) implements Serializable {}

    private static final int MAX_TOC = 200;
    private static final int MAX_GOAL = 200;
    private static final int MAX_STAKEHOLDER = 120;

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    WorkshopService workshops;

    @EJB
    TheoryOfChangeService toc;

    @EJB
    GoalService goals;

    @EJB
    StakeholderService stakeholders;

    /**
     * The picked answers of a session that can go somewhere, each with what it would become. Read in
     * the tenancy of the session's initiative (the caller must be admitted to it).
     */
    @Allow(Caller.ADVISOR)
    public List<Candidate> candidates(long sessionId) {
        WorkshopSession session = inItsInitiative(sessionId);
        Map<AppliesTo, Set<String>> present = present();
        Map<String, Candidate> unique = new LinkedHashMap<>();
        for (Picked picked : picked(session)) {
            String key =
                    picked.step().getAppliesTo() + ":" + normal(picked.item().getText());
            Candidate candidate = candidate(picked, present);
            Candidate before = unique.get(key);
            // the same name picked twice is one candidate; a placed note tells more than a list item
            if (before == null || (picked.step().getKind() == StepKind.CANVAS)) {
                unique.put(key, candidate);
            }
        }
        return new ArrayList<>(unique.values());
    }

    /** Adds the chosen candidates that are new; returns how many were added. */
    @Allow(Caller.ADVISOR)
    public int apply(long sessionId, List<Choice> choices) {
        Map<Long, Candidate> candidates =
                candidates(sessionId).stream().collect(Collectors.toMap(Candidate::itemId, c -> c));
        int added = 0;
        for (Choice choice : choices) {
            Candidate candidate = candidates.get(choice.itemId());
            if (candidate == null) {
                throw new ValidationFailure("workshop.transfer.unknown", null);
            }
            if (candidate.status() != Status.NEW) {
                continue;
            }
            switch (candidate.target()) {
                case TOC -> {
                    Level level = choice.level() == null ? candidate.level() : choice.level();
                    ElementForm form = toc.elementForm(null, level);
                    form.setLevel(level);
                    form.setTitle(candidate.text());
                    toc.saveElement(form);
                }
                case GOAL -> {
                    GoalForm form = goals.form(null);
                    form.setTitle(candidate.text());
                    goals.save(form);
                }
                case STAKEHOLDER -> {
                    StakeholderGroupForm form = new StakeholderGroupForm();
                    form.setName(candidate.text());
                    form.setInvolvement(candidate.involvement());
                    stakeholders.save(form);
                }
            }
            added++;
        }
        return added;
    }

    private record Picked(ExerciseStep step, AnswerItem item) {}

    private List<Picked> picked(WorkshopSession session) {
        Map<Long, ExerciseStep> steps = new HashMap<>();
        session.steps().stream().filter(s -> s.getAppliesTo() != null).forEach(s -> steps.put(s.getId(), s));
        if (steps.isEmpty()) {
            return List.of();
        }
        List<AnswerItem> items = em.createQuery(
                        "select i from AnswerItem i where i.answer.sessionId = :session and i.picked = true"
                                + " and i.hidden = false and i.answer.stepId in :steps order by i.answer.stepId, i.id",
                        AnswerItem.class)
                .setParameter("session", session.getId())
                .setParameter("steps", steps.keySet())
                .getResultList();
        return items.stream()
                .map(i -> new Picked(steps.get(i.getAnswer().getStepId()), i))
                .toList();
    }

    private Candidate candidate(Picked picked, Map<AppliesTo, Set<String>> present) {
        ExerciseStep step = picked.step();
        AnswerItem item = picked.item();
        String text = item.getText().strip();
        AppliesTo target = step.getAppliesTo();
        int max = target == AppliesTo.STAKEHOLDER ? MAX_STAKEHOLDER : target == AppliesTo.GOAL ? MAX_GOAL : MAX_TOC;
        Status status = text.length() > max
                ? Status.TOO_LONG
                : present.get(target).contains(normal(text)) ? Status.PRESENT : Status.NEW;
        Level level = target == AppliesTo.TOC ? level(step, item) : null;
        Involvement involvement = target == AppliesTo.STAKEHOLDER ? involvement(step, item) : null;
        return new Candidate(item.getId(), target, text, level, involvement, step.title(Language.NL), status);
    }

    /** The ToC level a canvas column names (in either language); an outcome otherwise. */
    static Level level(ExerciseStep step, AnswerItem item) {
        if (step.getKind() == StepKind.CANVAS && item.getX() != null) {
            for (Language language : Language.values()) {
                List<String> columns = step.options(language);
                if (item.getX() < columns.size()) {
                    Level named = Levels.named(columns.get(item.getX()));
                    if (named != null) {
                        return named;
                    }
                }
            }
        }
        return Level.OUTCOME;
    }

    /**
     * A stakeholder map places by interest (columns) and influence (rows), each low then high:
     * both high → shaping the work together, one high → consulted, neither → kept informed.
     */
    static Involvement involvement(ExerciseStep step, AnswerItem item) {
        if (step.getKind() != StepKind.CANVAS || item.getX() == null || item.getY() == null) {
            return Involvement.CONSULT;
        }
        boolean interest = item.getX() > 0;
        boolean influence = item.getY() > 0;
        return interest && influence
                ? Involvement.COCREATE
                : interest || influence ? Involvement.CONSULT : Involvement.INFORM;
    }

    private Map<AppliesTo, Set<String>> present() {
        Map<AppliesTo, Set<String>> present = new HashMap<>();
        present.put(
                AppliesTo.TOC,
                toc.chain().elements().stream().map(e -> normal(e.title())).collect(Collectors.toSet()));
        present.put(
                AppliesTo.GOAL,
                goals.goals().stream().map(g -> normal(g.getTitle())).collect(Collectors.toSet()));
        present.put(
                AppliesTo.STAKEHOLDER,
                stakeholders.groups().stream().map(g -> normal(g.getName())).collect(Collectors.toSet()));
        return present;
    }

    private WorkshopSession inItsInitiative(long sessionId) {
        WorkshopSession session = workshops.session(sessionId);
        Long initiative = Tenancy.current().initiativeId();
        if (session.getInitiativeId() == null || !session.getInitiativeId().equals(initiative)) {
            throw new AccessDeniedException("the session works for another initiative");
        }
        return session;
    }

    private static String normal(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }
}
