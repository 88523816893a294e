package nl.cmostamm.portal.method.narrative;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.goal.Goal;
import nl.cmostamm.portal.initiative.Initiative;
import nl.cmostamm.portal.method.OutcomeLinks;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.method.toc.TocElement;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.shared.ConcurrentEditException;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.story.Story;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * Most Significant Change for the current initiative. Every read joins the story's consent: only
 * stories whose consent allows internal learning today are entered, shown, chosen from or counted,
 * so withdrawing a consent takes a story out of every round and result at once without deleting
 * the history that a choice was made. The panels' reading of stories is audited per story, as the
 * stories module audits its own reads; a closed round takes no more entries, panels or choices,
 * only feedback to tellers.
 */
@Stateless
@Guarded
public class MscService {

    static final String ROUND = "mscRound";
    static final String DOMAIN = "mscDomain";
    private static final String STORY = "story";

    /** The stories MSC may use: consent recorded, not withdrawn, for internal learning. */
    private static final String CONSENTED = "c.withdrawnOn is null and c.internalLearning = true";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditLog audit;

    // --- domains of change

    @Allow(Caller.BOARD)
    public List<MscDomain> domains() {
        return em.createQuery(
                        "select d from MscDomain d left join fetch d.outcome left join fetch d.goal order by lower(d.name)",
                        MscDomain.class)
                .getResultList();
    }

    @Allow(Caller.BOARD)
    public DomainForm domainForm(Long id) {
        return id == null ? new DomainForm() : DomainForm.of(Input.find(em, MscDomain.class, id));
    }

    @Allow(Caller.BOARD)
    public MscDomain saveDomain(DomainForm form) {
        String name = Input.required(form.getName(), 120, "msc.domain.name.required", "name");
        Input.maxLength(form.getDescription(), 1000, "description");
        if (Input.taken(em, MscDomain.class, "name", name, form.getId())) {
            throw new ValidationFailure("msc.domain.name.taken", "name");
        }
        TocElement outcome =
                OutcomeLinks.outcome(em, form.getOutcomeId(), Set.of(Level.OUTCOME), "msc.domain.outcome.invalid");
        Goal goal = OutcomeLinks.goal(em, form.getGoalId(), "msc.domain.goal.invalid");
        MscDomain domain =
                form.isNew() ? new MscDomain() : Input.find(em, MscDomain.class, form.getId(), form.getVersion());
        domain.setName(name);
        domain.setDescription(Input.blankToNull(form.getDescription()));
        domain.setOutcome(outcome);
        domain.setGoal(goal);
        if (form.isNew()) {
            em.persist(domain);
        }
        em.flush();
        audit.record(form.isNew() ? AuditAction.CREATE : AuditAction.UPDATE, DOMAIN, domain.getId(), name);
        return domain;
    }

    /** Removes a domain no story was ever entered under (entries keep their domain as history). */
    @Allow(Caller.BOARD)
    public void deleteDomain(long id, long version) {
        MscDomain domain = Input.find(em, MscDomain.class, id, version);
        long used = em.createQuery("select count(e) from MscEntry e where e.domain = :d", Long.class)
                .setParameter("d", domain)
                .getSingleResult();
        if (used > 0) {
            throw new ValidationFailure("msc.domain.inUse", null);
        }
        audit.record(AuditAction.DELETE, DOMAIN, id, domain.getName());
        em.remove(domain);
    }

    // --- rounds

    /** Every round, newest first, with its counts (stories with consent only); three queries. */
    @Allow(Caller.BOARD)
    public List<RoundSummary> rounds() {
        List<MscRound> rounds = em.createQuery(
                        "select r from MscRound r order by r.collectFrom desc, r.id desc", MscRound.class)
                .getResultList();
        Map<Long, Long> stories = counts("select e.round.id, count(e) from MscEntry e join e.story s join s.consent c "
                + "where " + CONSENTED + " group by e.round.id");
        Map<Long, Long> panels = counts("select p.round.id, count(p) from MscPanel p group by p.round.id");
        Map<Long, Long> choices = counts("select x.panel.round.id, count(x) from MscSelection x join x.entry e "
                + "join e.story s join s.consent c where " + CONSENTED + " group by x.panel.round.id");
        return rounds.stream()
                .map(r -> new RoundSummary(
                        r,
                        stories.getOrDefault(r.getId(), 0L),
                        panels.getOrDefault(r.getId(), 0L),
                        choices.getOrDefault(r.getId(), 0L)))
                .toList();
    }

    @Allow(Caller.BOARD)
    public RoundForm roundForm(Long id) {
        return id == null ? new RoundForm() : RoundForm.of(Input.find(em, MscRound.class, id));
    }

    @Allow(Caller.BOARD)
    public MscRound saveRound(RoundForm form) {
        String title = Input.required(form.getTitle(), 200, "msc.round.title.required", "title");
        String question = Input.required(form.getQuestion(), 1000, "msc.round.question.required", "question");
        if (form.getCollectFrom() == null) {
            throw new ValidationFailure("msc.round.from.required", "collectFrom");
        }
        if (form.getCollectUntil() == null || form.getCollectUntil().isBefore(form.getCollectFrom())) {
            throw new ValidationFailure("msc.round.until.invalid", "collectUntil");
        }
        if (Input.taken(em, MscRound.class, "title", title, form.getId())) {
            throw new ValidationFailure("msc.round.title.taken", "title");
        }
        MscRound round;
        if (form.isNew()) {
            round = new MscRound();
        } else {
            round = Input.find(em, MscRound.class, form.getId(), form.getVersion());
            open(round);
        }
        round.setTitle(title);
        round.setQuestion(question);
        round.setCollectFrom(form.getCollectFrom());
        round.setCollectUntil(form.getCollectUntil());
        if (form.isNew()) {
            em.persist(round);
        }
        em.flush();
        audit.record(form.isNew() ? AuditAction.CREATE : AuditAction.UPDATE, ROUND, round.getId(), title);
        return round;
    }

    /** Closes a round: from now on it is history, and only feedback to tellers may be added. */
    @Allow(Caller.BOARD)
    public void closeRound(long id, long version) {
        MscRound round = Input.find(em, MscRound.class, id, version);
        open(round);
        round.setClosedOn(LocalDate.now());
        audit.record(AuditAction.UPDATE, ROUND, id, round.getTitle() + " – gesloten");
    }

    /** Opens a closed round again, for a board admin or advisor who finds a mistake. */
    @Allow(Caller.BOARD_ADMIN)
    public void reopenRound(long id, long version) {
        MscRound round = Input.find(em, MscRound.class, id, version);
        round.setClosedOn(null);
        audit.record(AuditAction.UPDATE, ROUND, id, round.getTitle() + " – heropend");
    }

    /** Deletes a round with its entries, panels, choices and feedback; the stories stay. */
    @Allow(Caller.BOARD_ADMIN)
    public void deleteRound(long id, long version) {
        MscRound round = Input.find(em, MscRound.class, id, version);
        audit.record(AuditAction.DELETE, ROUND, id, round.getTitle());
        em.createQuery("delete from MscFeedback f where f.entry.id in (select e.id from MscEntry e where e.round = :r)")
                .setParameter("r", round)
                .executeUpdate();
        em.createQuery(
                        "delete from MscSelection x where x.panel.id in (select p.id from MscPanel p where p.round = :r)")
                .setParameter("r", round)
                .executeUpdate();
        em.createQuery("delete from MscPanel p where p.round = :r")
                .setParameter("r", round)
                .executeUpdate();
        em.createQuery("delete from MscEntry e where e.round = :r")
                .setParameter("r", round)
                .executeUpdate();
        em.remove(round);
    }

    /** The round alone, without its stories: its title, question, period and whether it is closed. */
    @Allow(Caller.BOARD)
    public MscRound roundOf(long id) {
        return Input.find(em, MscRound.class, id);
    }

    /**
     * The round with its stories per domain, panels, choices and feedback, in six queries whatever
     * its size. The stories' texts are on the page, so each one shown is audited as read.
     */
    @Allow(Caller.BOARD)
    public RoundView round(long id) {
        MscRound round = Input.find(em, MscRound.class, id);
        List<MscDomain> domains = domains();
        List<MscEntry> entries = em.createQuery(
                        "select e from MscEntry e join fetch e.story s join fetch s.consent c join fetch e.domain "
                                + "where e.round = :r and " + CONSENTED + " order by s.toldOn, e.id",
                        MscEntry.class)
                .setParameter("r", round)
                .getResultList();
        List<MscPanel> panels = panels(round);
        List<MscSelection> selections = em.createQuery(
                        "select x from MscSelection x join fetch x.panel join fetch x.domain where x.panel.round = :r",
                        MscSelection.class)
                .setParameter("r", round)
                .getResultList();
        Map<Long, List<MscFeedback>> feedback = new HashMap<>();
        em.createQuery(
                        "select f from MscFeedback f where f.entry.round = :r order by f.givenOn, f.id",
                        MscFeedback.class)
                .setParameter("r", round)
                .getResultStream()
                .forEach(f -> feedback.computeIfAbsent(f.getEntry().getId(), k -> new ArrayList<>())
                        .add(f));

        Map<Long, List<MscSelection>> selectionsOfEntry = selections.stream()
                .collect(Collectors.groupingBy(x -> x.getEntry().getId()));
        Map<Long, RoundView.EntryView> views = new LinkedHashMap<>();
        for (MscEntry entry : entries) {
            List<RoundView.Pick> picks = new ArrayList<>();
            RoundView.EntryView view = new RoundView.EntryView(
                    entry, entry.getStory(), picks, feedback.getOrDefault(entry.getId(), List.of()));
            for (MscSelection selection : selectionsOfEntry.getOrDefault(entry.getId(), List.of())) {
                picks.add(new RoundView.Pick(selection, selection.getPanel(), view));
            }
            picks.sort(Comparator.comparingInt(p -> p.panel().getStage()));
            views.put(entry.getId(), view);
        }
        List<RoundView.DomainStories> perDomain = new ArrayList<>();
        for (MscDomain domain : domains) {
            List<RoundView.EntryView> inDomain = views.values().stream()
                    .filter(v -> v.entry().getDomain().getId().equals(domain.getId()))
                    .toList();
            int top = selections.stream()
                    .filter(x -> x.getDomain().getId().equals(domain.getId()))
                    .mapToInt(x -> x.getPanel().getStage())
                    .max()
                    .orElse(0);
            List<RoundView.Pick> result = selections.stream()
                    .filter(x -> x.getDomain().getId().equals(domain.getId())
                            && x.getPanel().getStage() == top)
                    .map(x -> new RoundView.Pick(
                            x, x.getPanel(), views.get(x.getEntry().getId())))
                    .toList();
            if (round.isClosed() && inDomain.isEmpty() && result.isEmpty()) {
                // a domain made after the round closed was never part of it
                continue;
            }
            perDomain.add(new RoundView.DomainStories(domain, inDomain, result));
        }
        List<RoundView.PanelChoices> panelChoices = new ArrayList<>();
        for (MscPanel panel : panels) {
            List<RoundView.Pick> picks = selections.stream()
                    .filter(x -> x.getPanel().getId().equals(panel.getId()))
                    .sorted(Comparator.comparing(x -> x.getDomain().getName().toLowerCase()))
                    .map(x ->
                            new RoundView.Pick(x, panel, views.get(x.getEntry().getId())))
                    .toList();
            panelChoices.add(new RoundView.PanelChoices(panel, picks));
        }
        for (MscEntry entry : entries) {
            audit.record(
                    AuditAction.READ,
                    STORY,
                    entry.getStory().getId(),
                    entry.getStory().getTitle() + " – MSC " + round.getTitle());
        }
        return new RoundView(round, perDomain, panelChoices);
    }

    // --- entries

    /** Stories that may still be entered into the round: consent for internal learning, not yet in it. */
    @Allow(Caller.BOARD)
    public List<Story> eligibleStories(long roundId) {
        MscRound round = Input.find(em, MscRound.class, roundId);
        return em.createQuery(
                        "select s from Story s join s.consent c where " + CONSENTED
                                + " and not exists (select e from MscEntry e where e.story = s and e.round = :r) "
                                + "order by s.toldOn desc, s.id desc",
                        Story.class)
                .setParameter("r", round)
                .getResultList();
    }

    @Allow(Caller.BOARD)
    public EntryForm entryForm(Long id) {
        return id == null ? new EntryForm() : EntryForm.of(visibleEntry(id));
    }

    @Allow(Caller.BOARD)
    public MscEntry saveEntry(long roundId, EntryForm form) {
        MscRound round = Input.find(em, MscRound.class, roundId);
        open(round);
        if (form.getDomainId() == null) {
            throw new ValidationFailure("msc.entry.domain.required", "domain");
        }
        MscDomain domain = em.find(MscDomain.class, form.getDomainId());
        if (domain == null) {
            throw new ValidationFailure("msc.entry.domain.required", "domain");
        }
        String significance =
                Input.required(form.getSignificance(), 4000, "msc.entry.significance.required", "significance");
        MscEntry entry;
        if (form.isNew()) {
            if (form.getStoryId() == null) {
                throw new ValidationFailure("msc.entry.story.required", "story");
            }
            Story story = em.find(Story.class, form.getStoryId());
            if (story == null) {
                throw new ValidationFailure("msc.entry.story.required", "story");
            }
            if (story.getConsent() == null
                    || !story.getConsent().allows(nl.cmostamm.portal.story.Purpose.INTERNAL_LEARNING)) {
                throw new ValidationFailure("msc.entry.story.noConsent", "story");
            }
            boolean twice =
                    em.createQuery("select count(e) from MscEntry e where e.round = :r and e.story = :s", Long.class)
                                    .setParameter("r", round)
                                    .setParameter("s", story)
                                    .getSingleResult()
                            > 0;
            if (twice) {
                throw new ValidationFailure("msc.entry.story.twice", "story");
            }
            entry = new MscEntry(round, story, em.getReference(Account.class, Tenancy.requireAccount()));
        } else {
            entry = visibleEntry(form.getId());
            if (entry.getVersion() != form.getVersion()) {
                throw new ConcurrentEditException();
            }
            if (!entry.getRound().getId().equals(roundId)) {
                throw new NotFoundException("MscEntry");
            }
            if (!entry.getDomain().getId().equals(domain.getId()) && chosen(entry)) {
                throw new ValidationFailure("msc.entry.chosen", "domain");
            }
        }
        entry.setDomain(domain);
        entry.setSignificance(significance);
        if (form.isNew()) {
            em.persist(entry);
        }
        em.flush();
        audit.record(
                form.isNew() ? AuditAction.CREATE : AuditAction.UPDATE,
                ROUND,
                roundId,
                round.getTitle() + " – verhaal " + entry.getStory().getTitle() + " (" + domain.getName() + ")");
        return entry;
    }

    /** Takes a story out of a round, unless a panel chose it (take the choice back first). */
    @Allow(Caller.BOARD)
    public void removeEntry(long id, long version) {
        MscEntry entry = visibleEntry(id);
        if (entry.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        open(entry.getRound());
        if (chosen(entry)) {
            throw new ValidationFailure("msc.entry.chosen", null);
        }
        em.createQuery("delete from MscFeedback f where f.entry = :e")
                .setParameter("e", entry)
                .executeUpdate();
        audit.record(
                AuditAction.UPDATE,
                ROUND,
                entry.getRound().getId(),
                entry.getRound().getTitle() + " – verhaal " + entry.getStory().getTitle() + " eruit");
        em.remove(entry);
    }

    // --- panels and choices

    @Allow(Caller.BOARD)
    public PanelForm panelForm(long roundId, Long id) {
        if (id == null) {
            MscRound round = Input.find(em, MscRound.class, roundId);
            PanelForm form = new PanelForm();
            form.setStage(Math.max(
                    1, panels(round).stream().mapToInt(MscPanel::getStage).max().orElse(1)));
            form.setHeldOn(LocalDate.now());
            return form;
        }
        MscPanel panel = Input.find(em, MscPanel.class, id);
        if (!panel.getRound().getId().equals(roundId)) {
            throw new NotFoundException("MscPanel");
        }
        return PanelForm.of(panel);
    }

    @Allow(Caller.BOARD)
    public MscPanel savePanel(long roundId, PanelForm form) {
        MscRound round = Input.find(em, MscRound.class, roundId);
        open(round);
        String name = Input.required(form.getName(), 120, "msc.panel.name.required", "name");
        String members = Input.required(form.getMembers(), 2000, "msc.panel.members.required", "members");
        if (form.getHeldOn() == null || form.getHeldOn().isAfter(LocalDate.now().plusYears(1))) {
            throw new ValidationFailure("msc.panel.heldOn.invalid", "heldOn");
        }
        List<MscPanel> others = panels(round).stream()
                .filter(p -> !p.getId().equals(form.getId()))
                .toList();
        int highest = others.stream().mapToInt(MscPanel::getStage).max().orElse(0);
        if (form.getStage() < 1 || form.getStage() > Math.min(highest + 1, MscPanel.MAX_STAGE)) {
            throw new ValidationFailure("msc.panel.stage.invalid", "stage");
        }
        if (others.stream().anyMatch(p -> p.getName().equalsIgnoreCase(name))) {
            throw new ValidationFailure("msc.panel.name.taken", "name");
        }
        MscPanel panel;
        if (form.isNew()) {
            panel = new MscPanel(round);
        } else {
            panel = Input.find(em, MscPanel.class, form.getId(), form.getVersion());
            if (!panel.getRound().getId().equals(roundId)) {
                throw new NotFoundException("MscPanel");
            }
            if (panel.getStage() != form.getStage() && choices(panel) > 0) {
                throw new ValidationFailure("msc.panel.stage.hasChoices", "stage");
            }
        }
        panel.setStage(form.getStage());
        panel.setName(name);
        panel.setHeldOn(form.getHeldOn());
        panel.setMembers(members);
        if (form.isNew()) {
            em.persist(panel);
        }
        em.flush();
        audit.record(
                form.isNew() ? AuditAction.CREATE : AuditAction.UPDATE,
                ROUND,
                roundId,
                round.getTitle() + " – panel " + name + " (ronde " + form.getStage() + ")");
        return panel;
    }

    /** Removes a panel with its choices, unless a panel of a later stage chose from them. */
    @Allow(Caller.BOARD)
    public void deletePanel(long id, long version) {
        MscPanel panel = Input.find(em, MscPanel.class, id, version);
        open(panel.getRound());
        boolean later = panels(panel.getRound()).stream().anyMatch(p -> p.getStage() > panel.getStage());
        if (later && choices(panel) > 0) {
            throw new ValidationFailure("msc.panel.laterStages", null);
        }
        audit.record(
                AuditAction.UPDATE,
                ROUND,
                panel.getRound().getId(),
                panel.getRound().getTitle() + " – panel " + panel.getName() + " verwijderd");
        em.createQuery("delete from MscSelection x where x.panel = :p")
                .setParameter("p", panel)
                .executeUpdate();
        em.remove(panel);
    }

    /**
     * A panel's meeting: per domain the stories it may choose from, with the teller's reason and
     * the reasons of earlier stages, and its choice so far. The stories are on the page, so each
     * one is audited as read.
     */
    @Allow(Caller.BOARD)
    public PanelView panel(long id) {
        MscPanel panel = em.createQuery("select p from MscPanel p join fetch p.round where p.id = :id", MscPanel.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("MscPanel"));
        Map<Long, List<MscEntry>> candidates = candidates(panel);
        Map<Long, List<String>> earlier = new HashMap<>();
        if (panel.getStage() > 1) {
            em.createQuery(
                            "select x from MscSelection x join fetch x.panel where x.panel.round = :r and x.panel.stage < :stage "
                                    + "order by x.panel.stage, x.id",
                            MscSelection.class)
                    .setParameter("r", panel.getRound())
                    .setParameter("stage", panel.getStage())
                    .getResultStream()
                    .forEach(x -> earlier.computeIfAbsent(x.getEntry().getId(), k -> new ArrayList<>())
                            .add(x.getPanel().getName() + ": " + x.getReason()));
        }
        Map<Long, MscSelection> chosen = new HashMap<>();
        em.createQuery("select x from MscSelection x where x.panel = :p", MscSelection.class)
                .setParameter("p", panel)
                .getResultStream()
                .forEach(x -> chosen.put(x.getDomain().getId(), x));
        List<PanelView.DomainChoice> domains = new ArrayList<>();
        for (MscDomain domain : domains()) {
            List<PanelView.Candidate> list = candidates.getOrDefault(domain.getId(), List.of()).stream()
                    .map(e -> new PanelView.Candidate(e, e.getStory(), earlier.getOrDefault(e.getId(), List.of())))
                    .toList();
            MscSelection selection = chosen.get(domain.getId());
            boolean visible = selection != null
                    && list.stream()
                            .anyMatch(c -> c.entry()
                                    .getId()
                                    .equals(selection.getEntry().getId()));
            if (list.isEmpty() && !visible) {
                continue;
            }
            SelectionForm form = SelectionForm.of(domain.getId(), selection);
            if (selection != null && !visible) {
                // the chosen story's consent was withdrawn: the panel sees no trace of it, only its version
                form.setEntryId(null);
                form.setReason(null);
            }
            domains.add(new PanelView.DomainChoice(domain, list, form));
        }
        for (List<MscEntry> list : candidates.values()) {
            for (MscEntry entry : list) {
                audit.record(
                        AuditAction.READ,
                        STORY,
                        entry.getStory().getId(),
                        entry.getStory().getTitle() + " – MSC panel " + panel.getName());
            }
        }
        return new PanelView(panel, domains);
    }

    /** Records (or changes) the panel's choice in one domain, with its reason. */
    @Allow(Caller.BOARD)
    public MscSelection choose(long panelId, SelectionForm form) {
        MscPanel panel = Input.find(em, MscPanel.class, panelId);
        open(panel.getRound());
        if (form.getDomainId() == null) {
            throw new NotFoundException("MscDomain");
        }
        MscDomain domain = Input.find(em, MscDomain.class, form.getDomainId());
        if (form.getEntryId() == null) {
            throw new ValidationFailure("msc.choice.entry.required", "entry");
        }
        String reason = Input.required(form.getReason(), 4000, "msc.choice.reason.required", "reason");
        MscEntry entry = candidates(panel).getOrDefault(domain.getId(), List.of()).stream()
                .filter(e -> e.getId().equals(form.getEntryId()))
                .findFirst()
                .orElseThrow(() -> new ValidationFailure("msc.choice.entry.notCandidate", "entry"));
        MscSelection existing = em.createQuery(
                        "select x from MscSelection x where x.panel = :p and x.domain = :d", MscSelection.class)
                .setParameter("p", panel)
                .setParameter("d", domain)
                .getResultStream()
                .findFirst()
                .orElse(null);
        MscSelection selection;
        if (form.isNew()) {
            if (existing != null) {
                throw new ConcurrentEditException();
            }
            selection = new MscSelection(panel, domain);
        } else {
            if (existing == null
                    || !existing.getId().equals(form.getId())
                    || existing.getVersion() != form.getVersion()) {
                throw new ConcurrentEditException();
            }
            selection = existing;
            if (!Objects.equals(selection.getEntry().getId(), entry.getId()) && chosenLater(selection)) {
                throw new ValidationFailure("msc.choice.usedLater", "entry");
            }
        }
        selection.choose(entry, reason, em.getReference(Account.class, Tenancy.requireAccount()));
        if (form.isNew()) {
            em.persist(selection);
        }
        em.flush();
        audit.record(
                form.isNew() ? AuditAction.CREATE : AuditAction.UPDATE,
                ROUND,
                panel.getRound().getId(),
                panel.getRound().getTitle() + " – " + panel.getName() + " kiest in " + domain.getName() + ": "
                        + entry.getStory().getTitle());
        return selection;
    }

    /** Takes a panel's choice back, unless a later stage chose the story from it. */
    @Allow(Caller.BOARD)
    public void withdrawChoice(long selectionId, long version) {
        MscSelection selection = Input.find(em, MscSelection.class, selectionId, version);
        open(selection.getPanel().getRound());
        if (chosenLater(selection)) {
            throw new ValidationFailure("msc.choice.usedLater", null);
        }
        audit.record(
                AuditAction.UPDATE,
                ROUND,
                selection.getPanel().getRound().getId(),
                selection.getPanel().getRound().getTitle() + " – "
                        + selection.getPanel().getName() + " neemt keuze terug in "
                        + selection.getDomain().getName());
        em.remove(selection);
    }

    // --- feedback to tellers

    @Allow(Caller.BOARD)
    public MscFeedback recordFeedback(FeedbackForm form) {
        if (form.getEntryId() == null) {
            throw new NotFoundException("MscEntry");
        }
        MscEntry entry = visibleEntry(form.getEntryId());
        if (form.getGivenOn() == null
                || form.getGivenOn().isAfter(LocalDate.now())
                || form.getGivenOn().isBefore(entry.getRound().getCollectFrom())) {
            throw new ValidationFailure("msc.feedback.givenOn.invalid", "givenOn");
        }
        if (form.getChannel() == null) {
            throw new ValidationFailure("msc.feedback.channel.required", "channel");
        }
        Input.maxLength(form.getNote(), 2000, "note");
        MscFeedback feedback = new MscFeedback(
                entry,
                form.getGivenOn(),
                form.getChannel(),
                Input.blankToNull(form.getNote()),
                em.getReference(Account.class, Tenancy.requireAccount()));
        em.persist(feedback);
        em.flush();
        audit.record(
                AuditAction.UPDATE,
                ROUND,
                entry.getRound().getId(),
                entry.getRound().getTitle() + " – terugkoppeling over "
                        + entry.getStory().getTitle());
        return feedback;
    }

    /**
     * What the letter to a teller says; a deliberate export of a story, so audited as one. The
     * reasons of panels are in it only when the story's consent allows it (it always does here:
     * only stories with consent are entries at all).
     */
    @Allow(Caller.BOARD)
    public FeedbackLetter letter(long entryId) {
        MscEntry entry = visibleEntry(entryId);
        List<FeedbackLetter.Choice> choices = em.createQuery(
                        "select x from MscSelection x join fetch x.panel where x.entry = :e order by x.panel.stage, x.id",
                        MscSelection.class)
                .setParameter("e", entry)
                .getResultStream()
                .map(x -> new FeedbackLetter.Choice(
                        x.getPanel().getName(),
                        x.getPanel().getStage(),
                        x.getPanel().getHeldOn(),
                        x.getReason()))
                .toList();
        Initiative initiative = em.find(Initiative.class, Tenancy.requireInitiative());
        audit.record(
                AuditAction.EXPORT,
                STORY,
                entry.getStory().getId(),
                entry.getStory().getTitle() + " – terugkoppelbrief MSC "
                        + entry.getRound().getTitle());
        return new FeedbackLetter(
                initiative.getName(),
                initiative.getMunicipality(),
                entry.getStory().getTitle(),
                entry.getStory().getPseudonym(),
                entry.getRound(),
                entry.getDomain().getName(),
                choices);
    }

    // --- what reports may use

    /**
     * The stories that the highest stage of each closed round chose per domain and whose consent
     * allows reports today, newest round first: what the fact sheet and the reports may show. An
     * open round's choices are not final (a later panel may still choose otherwise), so they wait.
     */
    @Allow(Caller.BOARD)
    public List<ChosenStory> chosenForReports() {
        return chosen(" and c.reports = true and p.round.closedOn is not null");
    }

    /**
     * The stories that the highest stage of each round chose per domain so far and whose consent
     * allows internal learning today, with their domain's outcome or goal: what the board's own
     * outcome record shows ({@link ChosenStory#provisional()} for an open round's).
     */
    @Allow(Caller.BOARD)
    public List<ChosenStory> chosen() {
        return chosen("");
    }

    private List<ChosenStory> chosen(String condition) {
        // the consent's flags are read in the query: the story's consent is an inverse one-to-one,
        // which a fetch join does not fill
        return em.createQuery(
                        "select x, c.reports from MscSelection x join fetch x.panel p join fetch p.round "
                                + "join fetch x.domain d left join fetch d.outcome left join fetch d.goal "
                                + "join fetch x.entry e join fetch e.story s join s.consent c "
                                + "where " + CONSENTED + condition
                                + " and p.stage = (select max(q.stage) from MscSelection y join y.panel q "
                                + "where q.round = p.round and y.domain = x.domain) "
                                + "order by p.round.collectFrom desc, x.domain.name",
                        Object[].class)
                .getResultStream()
                .map(row -> {
                    MscSelection x = (MscSelection) row[0];
                    return new ChosenStory(
                            x.getEntry().getStory(),
                            x.getDomain(),
                            x.getPanel().getRound(),
                            x.getPanel(),
                            x.getReason(),
                            Boolean.TRUE.equals(row[1]));
                })
                .toList();
    }

    // --- rules

    /**
     * The stories a panel chooses from, per domain: at stage 1 every entry of the round, after that
     * what the panels one stage lower chose; only stories with consent.
     */
    private Map<Long, List<MscEntry>> candidates(MscPanel panel) {
        String query = panel.getStage() == 1
                ? "select e from MscEntry e join fetch e.story s join s.consent c join fetch e.domain "
                        + "where e.round = :r and " + CONSENTED + " order by s.toldOn, e.id"
                : "select distinct e from MscEntry e join fetch e.story s join s.consent c join fetch e.domain "
                        + "where e.round = :r and " + CONSENTED + " and exists (select x from MscSelection x "
                        + "where x.entry = e and x.panel.stage = :below and x.panel.round = :r) order by e.id";
        var typed = em.createQuery(query, MscEntry.class).setParameter("r", panel.getRound());
        if (panel.getStage() > 1) {
            typed.setParameter("below", panel.getStage() - 1);
        }
        Map<Long, List<MscEntry>> result = new LinkedHashMap<>();
        for (MscEntry entry : typed.getResultList()) {
            result.computeIfAbsent(entry.getDomain().getId(), k -> new ArrayList<>())
                    .add(entry);
        }
        return result;
    }

    /** Whether a panel of a later stage chose this selection's story in its domain. */
    private boolean chosenLater(MscSelection selection) {
        return em.createQuery(
                                "select count(x) from MscSelection x where x.entry = :e and x.panel.round = :r "
                                        + "and x.panel.stage > :stage",
                                Long.class)
                        .setParameter("e", selection.getEntry())
                        .setParameter("r", selection.getPanel().getRound())
                        .setParameter("stage", selection.getPanel().getStage())
                        .getSingleResult()
                > 0;
    }

    private boolean chosen(MscEntry entry) {
        return em.createQuery("select count(x) from MscSelection x where x.entry = :e", Long.class)
                        .setParameter("e", entry)
                        .getSingleResult()
                > 0;
    }

    private long choices(MscPanel panel) {
        return em.createQuery("select count(x) from MscSelection x where x.panel = :p", Long.class)
                .setParameter("p", panel)
                .getSingleResult();
    }

    private List<MscPanel> panels(MscRound round) {
        return em.createQuery(
                        "select p from MscPanel p where p.round = :r order by p.stage, p.heldOn, p.id", MscPanel.class)
                .setParameter("r", round)
                .getResultList();
    }

    /** An entry whose story may still be used; one whose consent was withdrawn is not found. */
    private MscEntry visibleEntry(long id) {
        return em.createQuery(
                        "select e from MscEntry e join fetch e.story s join s.consent c join fetch e.round "
                                + "join fetch e.domain where e.id = :id and " + CONSENTED,
                        MscEntry.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("MscEntry"));
    }

    private static void open(MscRound round) {
        if (round.isClosed()) {
            throw new ValidationFailure("msc.round.closed.refused", null);
        }
    }

    private Map<Long, Long> counts(String query) {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(query, Object[].class)
                .getResultStream()
                .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        return counts;
    }
}
