package nl.cmostamm.portal.report.factsheet;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.goal.GoalProgress;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.goal.GoalStatus;
import nl.cmostamm.portal.initiative.Initiative;
import nl.cmostamm.portal.logbook.HelpStatus;
import nl.cmostamm.portal.method.sroi.FinalRatio;
import nl.cmostamm.portal.method.sroi.SroiService;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.report.factsheet.FactSheetContent.ChainStep;
import nl.cmostamm.portal.report.factsheet.FactSheetContent.Figure;
import nl.cmostamm.portal.report.factsheet.FactSheetContent.GoalLine;
import nl.cmostamm.portal.report.factsheet.FactSheetContent.Lamp;
import nl.cmostamm.portal.report.factsheet.FactSheetContent.Logo;
import nl.cmostamm.portal.report.factsheet.FactSheetContent.PublishedStory;
import nl.cmostamm.portal.shared.ConcurrentEditException;
import nl.cmostamm.portal.shared.Input;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.SecretTokens;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.story.Photos;
import nl.cmostamm.portal.story.Story;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * The current initiative's fact sheet: the board's choices, what the sheet shows, and its public
 * links. Every read of a story joins its consent, so only stories whose consent allows publication
 * today are offered, saved or shown; a story chosen earlier whose consent has since been withdrawn
 * is left off the next sheet, the public link's included, without anyone editing the choices.
 *
 * <p>Board members and advisors edit the sheet and download it ({@link Caller#BOARD}); making it
 * public is for those who answer for the initiative ({@link Caller#BOARD_ADMIN}), while anyone of
 * the board may revoke a link, the safe direction. Each generation of a sheet (a download, a visit
 * of its public link) is audited as an export of the sheet and of every story on it.
 */
@Stateless
@Guarded
public class FactSheetService {

    static final String SHEET = "factSheet";
    private static final String STORY = "story";

    /** The day in the Netherlands, which decides whether a link still opens. */
    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    /** The stories a fact sheet may show: consent recorded, not withdrawn, for publication. */
    private static final String PUBLISHABLE = "c.withdrawnOn is null and c.publication = true";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditLog audit;

    @EJB
    GoalService goals;

    @EJB
    SroiService sroi;

    // --- the board's choices

    /** The saved choices, or a new sheet's defaults (version 0). */
    @Allow(Caller.BOARD)
    public FactSheetForm form() {
        return sheet().map(FactSheetForm::of).orElseGet(FactSheetForm::new);
    }

    /** Whether the saved sheet has a logo. */
    @Allow(Caller.BOARD)
    public boolean hasLogo() {
        return sheet().map(FactSheet::hasLogo).orElse(false);
    }

    /** The stories the board may choose from: those whose consent allows publication, newest first. */
    @Allow(Caller.BOARD)
    public List<Story> publishableStories() {
        return em.createQuery(
                        "select s from Story s join s.consent c where " + PUBLISHABLE
                                + " order by s.toldOn desc, s.id desc",
                        Story.class)
                .getResultList();
    }

    /** How many stories the board cannot choose, for lack of a consent for publication. */
    @Allow(Caller.BOARD)
    public long storiesWithoutPublicationConsent() {
        long all = em.createQuery("select count(s) from Story s", Long.class).getSingleResult();
        long publishable = em.createQuery(
                        "select count(s) from Story s join s.consent c where " + PUBLISHABLE, Long.class)
                .getSingleResult();
        return all - publishable;
    }

    /**
     * Saves the choices: three to six distinct figures, at most three stories each with a consent
     * for publication today, a contact line of at most {@value FactSheet#MAX_CONTACT} characters.
     */
    @Allow(Caller.BOARD)
    public FactSheet save(FactSheetForm form) {
        List<KeyFigure> figures = form.getFigures() == null ? List.of() : form.getFigures();
        if (figures.contains(null)
                || new HashSet<>(figures).size() != figures.size()
                || figures.size() < KeyFigure.MIN
                || figures.size() > KeyFigure.MAX) {
            throw new ValidationFailure("factsheet.figures.count", "figures");
        }
        List<Long> storyIds = form.getStoryIds() == null ? List.of() : form.getStoryIds();
        if (storyIds.contains(null)
                || new HashSet<>(storyIds).size() != storyIds.size()
                || storyIds.size() > FactSheet.MAX_STORIES) {
            throw new ValidationFailure("factsheet.stories.count", "stories");
        }
        if (!storyIds.isEmpty() && publishable(storyIds).size() != storyIds.size()) {
            // not found, of another initiative, or without consent for publication: all refused alike
            throw new ValidationFailure("factsheet.stories.notPublishable", "stories");
        }
        String contact = Input.blankToNull(form.getContact());
        Input.maxLength(contact, FactSheet.MAX_CONTACT, "contact");
        if (form.getLanguage() == null) {
            throw new ValidationFailure("factsheet.language.required", "language");
        }
        FactSheet sheet = current(form.getVersion());
        sheet.setFigures(figures);
        sheet.setStoryIds(storyIds);
        sheet.setShowGoals(form.isShowGoals());
        sheet.setShowChain(form.isShowChain());
        sheet.setShowSroi(form.isShowSroi());
        sheet.setLanguage(form.getLanguage());
        sheet.setContact(contact);
        em.flush();
        audit.record(
                AuditAction.UPDATE,
                SHEET,
                sheet.getId(),
                "Feitenblad: " + figures.stream().map(Enum::name).collect(Collectors.joining(", ")) + "; verhalen "
                        + storyIds);
        return sheet;
    }

    /**
     * Replaces the logo: a PNG or JPEG of at most 1 MB, checked by its content and encoded anew
     * (which drops its metadata); refused at the field {@code logo} otherwise.
     */
    @Allow(Caller.BOARD)
    public FactSheet saveLogo(long version, byte[] upload) {
        if (upload == null || upload.length == 0) {
            throw new ValidationFailure("factsheet.logo.empty", "logo");
        }
        if (upload.length > FactSheet.MAX_LOGO_BYTES) {
            throw new ValidationFailure("factsheet.logo.tooLarge", "logo");
        }
        Photos.Checked checked;
        try {
            checked = Photos.check(upload);
        } catch (ValidationFailure failure) {
            throw new ValidationFailure(
                    failure.getMessageKey().equals("photo.busy") ? "photo.busy" : "factsheet.logo.notImage", "logo");
        }
        if (checked.content().length > FactSheet.MAX_LOGO_BYTES) {
            throw new ValidationFailure("factsheet.logo.tooLarge", "logo");
        }
        FactSheet sheet = current(version);
        sheet.setLogo(checked.content(), checked.contentType());
        em.flush();
        audit.record(AuditAction.UPDATE, SHEET, sheet.getId(), "Feitenblad: logo");
        return sheet;
    }

    @Allow(Caller.BOARD)
    public FactSheet removeLogo(long version) {
        FactSheet sheet = current(version);
        sheet.setLogo(null, null);
        em.flush();
        audit.record(AuditAction.UPDATE, SHEET, sheet.getId(), "Feitenblad: logo verwijderd");
        return sheet;
    }

    // --- what the sheet shows

    /**
     * What the saved sheet shows now, for the board's preview; not audited, as the board sees only
     * its own stories with their consent. Not found while no sheet is saved.
     */
    @Allow(Caller.BOARD)
    public FactSheetContent preview() {
        return content(saved());
    }

    /** What the saved sheet shows now, for a download: audited as an export of it and its stories. */
    @Allow(Caller.BOARD)
    public FactSheetContent download() {
        FactSheet sheet = saved();
        FactSheetContent content = content(sheet);
        auditGeneration(sheet, content, "gedownload", false);
        return content;
    }

    /**
     * What a public link shows now, for its visitor; runs in the link's initiative (see {@link
     * PublicFactSheets}). Not found when the link is not this initiative's, is revoked or has
     * expired, checked again inside the transaction.
     */
    @Allow(Caller.SERVICE)
    public FactSheetContent published(long linkId) {
        FactSheetLink link = em.find(FactSheetLink.class, linkId);
        if (link == null
                || link.getInitiativeId() != Tenancy.requireInitiative()
                || !link.opens(LocalDate.now(DUTCH_TIME))) {
            throw new NotFoundException("FactSheetLink");
        }
        FactSheet sheet = saved();
        FactSheetContent content = content(sheet);
        auditGeneration(sheet, content, "bekeken via publieke link " + linkId, true);
        return content;
    }

    private void auditGeneration(FactSheet sheet, FactSheetContent content, String how, boolean anonymous) {
        record(anonymous, sheet.getId(), SHEET, "Feitenblad " + how + "; verhalen " + content.storyIds());
        for (PublishedStory story : content.stories()) {
            record(anonymous, story.id(), STORY, story.title() + " – feitenblad " + how);
        }
    }

    private void record(boolean anonymous, Long id, String type, String summary) {
        if (anonymous) {
            audit.recordAnonymous(AuditAction.EXPORT, type, id, summary);
        } else {
            audit.record(AuditAction.EXPORT, type, id, summary);
        }
    }

    private FactSheetContent content(FactSheet sheet) {
        Initiative initiative = em.find(Initiative.class, Tenancy.requireInitiative());
        LocalDate today = LocalDate.now(DUTCH_TIME);
        boolean sroiWanted = sheet.isShowSroi() || sheet.getFigures().contains(KeyFigure.SROI_RATIO);
        FinalRatio ratio = sroiWanted ? sroi.latestFinalRatio().orElse(null) : null;
        return new FactSheetContent(
                sheet.getLanguage(),
                initiative.getName(),
                initiative.getMunicipality(),
                initiative.getMission(),
                figures(sheet.getFigures(), today, ratio),
                sheet.isShowGoals() ? goalLines() : List.of(),
                stories(sheet.getStoryIds()),
                sheet.isShowChain() ? chain() : List.of(),
                sheet.isShowSroi() ? ratio : null,
                logo(sheet),
                sheet.getContact(),
                today);
    }

    /** The chosen stories that may be published today, in the board's order; one query. */
    private List<PublishedStory> stories(List<Long> ids) {
        Map<Long, Story> found = publishable(ids).stream().collect(Collectors.toMap(Story::getId, s -> s));
        return ids.stream()
                .map(found::get)
                .filter(s -> s != null)
                .map(s -> new PublishedStory(
                        s.getId(), s.getTitle(), s.getBody(), s.getTellerRole(), s.getPseudonym(), s.getToldOn()))
                .toList();
    }

    private List<Story> publishable(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select s from Story s join s.consent c where s.id in :ids and " + PUBLISHABLE, Story.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** The goals being pursued or reached, each with its indicators' lights (three queries). */
    private List<GoalLine> goalLines() {
        List<GoalLine> lines = new ArrayList<>();
        for (GoalProgress progress : goals.overviewForReports()) {
            GoalStatus status = progress.goal().getStatus();
            if (status == GoalStatus.ACTIVE || status == GoalStatus.ACHIEVED) {
                lines.add(new GoalLine(
                        progress.goal().getTitle(),
                        progress.indicators().stream()
                                .map(i -> new Lamp(i.indicator().getName(), i.light()))
                                .toList()));
            }
        }
        return lines;
    }

    /** The Theory of Change level by level, titles only: the miniature needs no evidence. */
    private List<ChainStep> chain() {
        Map<Level, List<String>> titles = new EnumMap<>(Level.class);
        em.createQuery("select e.level, e.title, e.position, e.id from TocElement e", Object[].class)
                .getResultStream()
                .sorted(Comparator.<Object[], Integer>comparing(row -> ((Level) row[0]).ordinal())
                        .thenComparing(row -> (Integer) row[2])
                        .thenComparing(row -> (Long) row[3]))
                .forEach(row -> titles.computeIfAbsent((Level) row[0], l -> new ArrayList<>())
                        .add((String) row[1]));
        return titles.entrySet().stream()
                .map(e -> new ChainStep(e.getKey(), e.getValue()))
                .toList();
    }

    private Logo logo(FactSheet sheet) {
        if (!sheet.hasLogo()) {
            return null;
        }
        return em.createQuery(
                        "select new nl.cmostamm.portal.report.factsheet.FactSheetContent.Logo(f.logoType, f.logo) "
                                + "from FactSheet f where f.id = :id",
                        Logo.class)
                .setParameter("id", sheet.getId())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** One focused query per chosen figure, whatever the number of rows behind it. */
    private List<Figure> figures(List<KeyFigure> chosen, LocalDate today, FinalRatio ratio) {
        LocalDate from = today.withDayOfYear(1);
        LocalDate to = from.plusYears(1).minusDays(1);
        Map<KeyFigure, BigDecimal> values = new LinkedHashMap<>();
        for (KeyFigure key : chosen) {
            values.put(
                    key,
                    switch (key) {
                        case VOLUNTEERS -> single("select count(v) from Volunteer v where v.active = true", null, null);
                        case VOLUNTEER_HOURS ->
                            single(
                                            "select sum(a.hours) from HelpAssignment a where a.request.requestedOn between :from and :to",
                                            from,
                                            to)
                                    .add(single(
                                            "select sum(o.volunteerHours) from Occurrence o where o.date between :from and :to",
                                            from,
                                            to));
                        case PARTICIPANTS ->
                            single(
                                    "select sum(o.participants) from Occurrence o where o.date between :from and :to",
                                    from,
                                    to);
                        case ACTIVITIES_HELD ->
                            single("select count(o) from Occurrence o where o.date between :from and :to", from, to);
                        case HELP_REQUESTS_HANDLED ->
                            em.createQuery(
                                            "select count(r) from HelpRequest r where r.status in :handled "
                                                    + "and r.requestedOn between :from and :to",
                                            Long.class)
                                    .setParameter("handled", List.of(HelpStatus.DONE, HelpStatus.REFERRED))
                                    .setParameter("from", from)
                                    .setParameter("to", to)
                                    .getResultStream()
                                    .findFirst()
                                    .map(BigDecimal::valueOf)
                                    .orElse(BigDecimal.ZERO);
                        case SURVEY_RESPONSES ->
                            single(
                                    "select count(r) from Response r where r.submittedOn between :from and :to",
                                    from,
                                    to);
                        case STORIES -> single("select count(s) from Story s", null, null);
                        case SROI_RATIO -> ratio == null ? null : ratio.ratio();
                    });
        }
        return values.entrySet().stream()
                .map(e -> new Figure(e.getKey(), e.getValue()))
                .toList();
    }

    /** A count or sum as a number; a sum over no rows is zero. */
    private BigDecimal single(String query, LocalDate from, LocalDate to) {
        var typed = em.createQuery(query);
        if (from != null) {
            typed.setParameter("from", from).setParameter("to", to);
        }
        Object value = typed.getSingleResult();
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }

    // --- publication

    /** The initiative's public links, newest first, with their status. */
    @Allow(Caller.BOARD)
    public List<FactSheetLink> links() {
        return em.createNamedQuery(FactSheetLink.OF_INITIATIVE, FactSheetLink.class)
                .setParameter("initiative", Tenancy.requireInitiative())
                .getResultList();
    }

    /**
     * Publishes the saved sheet at a new public link that works up to and including {@code
     * expiresOn} (after today, at most {@value FactSheetLink#MAX_YEARS} years ahead). Returns the link's
     * token, which is shown once: only its hash is kept.
     */
    @Allow(Caller.BOARD_ADMIN)
    public String publish(LocalDate expiresOn) {
        LocalDate today = LocalDate.now(DUTCH_TIME);
        if (expiresOn == null) {
            throw new ValidationFailure("factsheet.link.expiresRequired", "expiresOn");
        }
        if (!expiresOn.isAfter(today) || expiresOn.isAfter(today.plusYears(FactSheetLink.MAX_YEARS))) {
            throw new ValidationFailure("factsheet.link.expiresRange", "expiresOn");
        }
        FactSheet sheet = sheet().orElseThrow(() -> new ValidationFailure("factsheet.link.notSaved", null));
        String token = SecretTokens.newToken();
        FactSheetLink link = new FactSheetLink(
                SecretTokens.hash(token), Tenancy.requireInitiative(), Tenancy.requireAccount(), expiresOn);
        em.persist(link);
        em.flush();
        audit.record(
                AuditAction.CREATE,
                SHEET,
                sheet.getId(),
                "Feitenblad gepubliceerd, link " + link.getId() + " tot " + expiresOn.format(Input.DUTCH_DATE));
        return token;
    }

    /** Revokes a link at once; revoking a revoked link changes nothing. */
    @Allow(Caller.BOARD)
    public void revoke(long linkId, long version) {
        FactSheetLink link = em.find(FactSheetLink.class, linkId);
        if (link == null || link.getInitiativeId() != Tenancy.requireInitiative()) {
            throw new NotFoundException("FactSheetLink");
        }
        if (link.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        link.revoke();
        em.flush();
        audit.record(AuditAction.UPDATE, SHEET, null, "Publieke link " + linkId + " van het feitenblad ingetrokken");
    }

    // --- helpers

    private Optional<FactSheet> sheet() {
        return em.createQuery("select f from FactSheet f", FactSheet.class)
                .getResultStream()
                .findFirst();
    }

    private FactSheet saved() {
        return sheet().orElseThrow(() -> new NotFoundException("FactSheet"));
    }

    /** The sheet as the user last saw it (a new one for version 0 while there is none). */
    private FactSheet current(long version) {
        FactSheet sheet = sheet().orElse(null);
        if (sheet == null) {
            if (version != 0) {
                throw new ConcurrentEditException();
            }
            sheet = new FactSheet();
            sheet.setFigures(FactSheetForm.DEFAULT_FIGURES);
            em.persist(sheet);
            return sheet;
        }
        if (sheet.getVersion() != version) {
            throw new ConcurrentEditException();
        }
        return sheet;
    }
}
