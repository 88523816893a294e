package nl.cmostamm.portal.story;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.goal.Goal;
import nl.cmostamm.portal.initiative.ValueTheme;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.shared.ConcurrentEditException;
import nl.cmostamm.portal.shared.CsvExport;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.shared.Paging;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * The current initiative's stories. Lists and exports only ever hold stories whose consent allows
 * their purpose today, so a withdrawn consent hides a story at once from all of them; the story's
 * own page stays reachable, to see what happened and to delete it. Every read (of the text or the
 * photo), change and export of a story is audited, naming the story.
 */
@Stateless
@Guarded
public class StoryService {

    public static final String STORY = "story";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditLog audit;

    /** Stories that may be used for internal learning, newest first; titles and tags only, no text. */
    @Allow(Caller.BOARD)
    public List<Story> list(int first, int size) {
        return em.createQuery(
                        "select s from Story s join s.consent c where c.withdrawnOn is null and c.internalLearning = true "
                                + "order by s.toldOn desc, s.id desc",
                        Story.class)
                .setFirstResult(Paging.first(first))
                .setMaxResults(Paging.size(size))
                .getResultList();
    }

    @Allow(Caller.BOARD)
    public long count() {
        return em.createQuery(
                        "select count(s) from Story s join s.consent c where c.withdrawnOn is null and c.internalLearning = true",
                        Long.class)
                .getSingleResult();
    }

    /**
     * Stories that still wait for consent (none recorded yet), for whoever records it: titles only.
     * Stories whose consent was withdrawn are not among them.
     */
    @Allow(Caller.BOARD)
    public List<Story> awaitingConsent() {
        return em.createQuery(
                        "select s from Story s where not exists (select c from StoryConsent c where c.story = s) "
                                + "order by s.toldOn desc",
                        Story.class)
                .getResultList();
    }

    /** One story with its consent and tags, for its own page; the read is audited. */
    @Allow(Caller.BOARD)
    public Story read(long id) {
        Story story = Input.find(em, Story.class, id, Story.PAGE);
        audit.record(AuditAction.READ, STORY, id, story.getTitle());
        return story;
    }

    /** A story to edit, or a blank one when {@code id} is null. */
    @Allow(Caller.BOARD)
    public StoryForm form(Long id) {
        if (id == null) {
            return new StoryForm();
        }
        Story story = find(id);
        audit.record(AuditAction.READ, STORY, id, story.getTitle());
        return StoryForm.of(story);
    }

    @Allow(Caller.BOARD)
    public boolean hasPhoto(long storyId) {
        return em.createQuery("select count(p) from StoryPhoto p where p.story.id = :id", Long.class)
                        .setParameter("id", storyId)
                        .getSingleResult()
                > 0;
    }

    @Allow(Caller.BOARD)
    public Story save(StoryForm form) {
        String title = form.getTitle() == null ? "" : form.getTitle().strip();
        if (title.isEmpty() || title.length() > 200) {
            throw new ValidationFailure("story.title.required", "title");
        }
        if (form.getBody() == null || form.getBody().isBlank()) {
            throw new ValidationFailure("story.body.required", "body");
        }
        if (form.getBody().length() > 20_000) {
            throw new ValidationFailure("field.tooLong", "body");
        }
        if (form.getToldOn() == null || form.getToldOn().isAfter(LocalDate.now().plusDays(1))) {
            throw new ValidationFailure("story.toldOn.invalid", "toldOn");
        }
        if (form.getTellerRole() == null) {
            throw new ValidationFailure("story.role.required", "tellerRole");
        }
        if (form.getPseudonym() != null && form.getPseudonym().length() > 80) {
            throw new ValidationFailure("field.tooLong", "pseudonym");
        }
        boolean created = form.getId() == null;
        Story story;
        if (created) {
            story = new Story();
            story.setCreatedBy(em.getReference(Account.class, Tenancy.requireAccount()));
        } else {
            story = Input.find(em, Story.class, form.getId(), form.getVersion());
            em.lock(story, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        story.setTitle(title);
        story.setBody(form.getBody().strip());
        story.setToldOn(form.getToldOn());
        story.setTellerRole(form.getTellerRole());
        story.setPseudonym(
                form.getPseudonym() == null || form.getPseudonym().isBlank()
                        ? null
                        : form.getPseudonym().strip());
        story.setThemes(known(ValueTheme.class, form.getThemeIds()));
        story.setGoals(known(Goal.class, form.getGoalIds()));
        if (created) {
            em.persist(story);
        }
        em.flush();
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, STORY, story.getId(), story.getTitle());
        return story;
    }

    @Allow(Caller.BOARD)
    public void delete(long id, long version) {
        Story story = Input.find(em, Story.class, id, version);
        audit.record(AuditAction.DELETE, STORY, id, story.getTitle());
        em.remove(story);
    }

    /** Records or corrects a story's consent (not after withdrawal: then a new story is needed). */
    @Allow(Caller.BOARD)
    public StoryConsent saveConsent(long storyId, StoryConsentForm form) {
        Story story = find(storyId);
        if (form.getGivenBy() == null) {
            throw new ValidationFailure("consent.givenBy.required", "givenBy");
        }
        String representative =
                form.getRepresentative() == null || form.getRepresentative().isBlank()
                        ? null
                        : form.getRepresentative().strip();
        if (form.getGivenBy() == ConsentGiver.REPRESENTATIVE && representative == null) {
            throw new ValidationFailure("consent.representative.required", "representative");
        }
        if (representative != null && representative.length() > 120) {
            throw new ValidationFailure("field.tooLong", "representative");
        }
        if (form.getGivenOn() == null || form.getGivenOn().isAfter(LocalDate.now())) {
            throw new ValidationFailure("consent.givenOn.invalid", "givenOn");
        }
        if (!form.isInternalLearning() && !form.isReports() && !form.isPublication()) {
            throw new ValidationFailure("consent.purpose.required", null);
        }
        StoryConsent consent = story.getConsent();
        boolean created = consent == null;
        if (created) {
            consent = new StoryConsent();
            consent.setStory(story);
        } else if (consent.isWithdrawn()) {
            throw new ValidationFailure("consent.withdrawn", null);
        } else if (consent.getVersion() != form.getVersion()) {
            throw new ConcurrentEditException();
        }
        consent.setGivenBy(form.getGivenBy());
        consent.setRepresentative(form.getGivenBy() == ConsentGiver.REPRESENTATIVE ? representative : null);
        consent.setInternalLearning(form.isInternalLearning());
        consent.setReports(form.isReports());
        consent.setPublication(form.isPublication());
        consent.setGivenOn(form.getGivenOn());
        consent.setRecordedBy(em.getReference(Account.class, Tenancy.requireAccount()));
        if (created) {
            em.persist(consent);
        }
        em.flush();
        audit.record(AuditAction.UPDATE, STORY, storyId, story.getTitle() + " – consent " + purposes(consent));
        return consent;
    }

    /** Withdraws the consent: from now on the story is in no list, report or export. */
    @Allow(Caller.BOARD)
    public void withdraw(long storyId) {
        Story story = find(storyId);
        StoryConsent consent = story.getConsent();
        if (consent == null || consent.isWithdrawn()) {
            throw new ValidationFailure("consent.nothingToWithdraw", null);
        }
        consent.withdraw(java.time.Instant.now(), java.time.ZoneId.systemDefault());
        em.lock(consent, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(AuditAction.UPDATE, STORY, storyId, story.getTitle() + " – consent withdrawn");
    }

    /** Adds or replaces the story's photo, after checking its content. */
    @Allow(Caller.BOARD)
    public void savePhoto(long storyId, byte[] upload) {
        Story story = find(storyId);
        Photos.Checked checked = Photos.check(upload);
        StoryPhoto photo = em.createQuery("select p from StoryPhoto p where p.story.id = :id", StoryPhoto.class)
                .setParameter("id", storyId)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (photo == null) {
            photo = new StoryPhoto(story);
            photo.replace(checked);
            em.persist(photo);
        } else {
            photo.replace(checked);
        }
        audit.record(AuditAction.UPDATE, STORY, storyId, story.getTitle() + " – photo");
    }

    /** The story's photo for download, its bytes and their type only; the read is audited. */
    @Allow(Caller.BOARD)
    public Optional<PhotoFile> photo(long storyId) {
        Story story = find(storyId);
        Optional<PhotoFile> photo = em.createQuery(
                        "select new nl.cmostamm.portal.story.PhotoFile(p.contentType, p.content) "
                                + "from StoryPhoto p where p.story.id = :id",
                        PhotoFile.class)
                .setParameter("id", storyId)
                .getResultStream()
                .findFirst();
        photo.ifPresent(p -> audit.record(AuditAction.READ, STORY, storyId, story.getTitle() + " – photo"));
        return photo;
    }

    /**
     * The stories that may go into reports to the municipality and funders, as CSV: a deliberate
     * export of personal data, so for board admins and advisors only, and each exported story is
     * audited. {@code text} gives the bundle text of a key in the reader's language.
     */
    @Allow(Caller.BOARD_ADMIN)
    public byte[] exportForReports(Function<String, String> text) {
        List<Story> stories = em.createQuery(
                        "select s from Story s join s.consent c where c.withdrawnOn is null and c.reports = true "
                                + "order by s.toldOn",
                        Story.class)
                .getResultList();
        List<List<String>> rows = new ArrayList<>();
        for (Story story : stories) {
            rows.add(List.of(
                    story.getTitle(),
                    Input.DUTCH_DATE.format(story.getToldOn()),
                    text.apply("tellerRole." + story.getTellerRole()),
                    story.getPseudonym() == null ? "" : story.getPseudonym(),
                    story.getThemes().stream().map(ValueTheme::getName).collect(Collectors.joining(", ")),
                    story.getBody()));
            audit.record(AuditAction.EXPORT, STORY, story.getId(), story.getTitle());
        }
        return CsvExport.write(
                Stream.of("title", "date", "teller", "pseudonym", "themes", "body")
                        .map(column -> "export.stories." + column)
                        .map(text)
                        .toList(),
                rows);
    }

    private static String purposes(StoryConsent consent) {
        List<String> purposes = new ArrayList<>();
        for (Purpose purpose : Purpose.values()) {
            if (consent.allows(purpose)) {
                purposes.add(purpose.name());
            }
        }
        return String.join(",", purposes);
    }

    private <T> List<T> known(Class<T> type, List<Long> ids) {
        List<T> result = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(ids == null ? List.<Long>of() : ids)) {
            T found = id == null ? null : em.find(type, id);
            if (found == null) {
                throw new ValidationFailure("story.tags.invalid", null);
            }
            result.add(found);
        }
        return result;
    }

    private Story find(long id) {
        return Input.find(em, Story.class, id);
    }
}
