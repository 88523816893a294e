package nl.cmostamm.portal.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.cmostamm.portal.method.narrative.DomainForm;
import nl.cmostamm.portal.method.narrative.EntryForm;
import nl.cmostamm.portal.method.narrative.FeedbackChannel;
import nl.cmostamm.portal.method.narrative.FeedbackForm;
import nl.cmostamm.portal.method.narrative.MscPanel;
import nl.cmostamm.portal.method.narrative.MscRound;
import nl.cmostamm.portal.method.narrative.MscService;
import nl.cmostamm.portal.method.narrative.PanelForm;
import nl.cmostamm.portal.method.narrative.RoundForm;
import nl.cmostamm.portal.method.narrative.SelectionForm;
import nl.cmostamm.portal.story.Story;

/**
 * The Odensehuis's first Most Significant Change round, after its walk-in season, written through
 * {@link MscService} as a board would enter it, so the demo holds nothing the portal would refuse.
 * Its two domains stand for its goal, since it has no Theory of Change. Every story with consent
 * for internal learning is entered with the teller's own words on why it matters; the team of the
 * drop-in house chooses in both domains, then the board from the team's choices; two tellers hear
 * back, and the round is closed, so it shows as history.
 */
final class DemoMsc {

    private static final String GOAL = "Een plek om naartoe te gaan, met of zonder diagnose";
    private static final String RELIEF = "Ontlasting van mantelzorgers";
    private static final String WELCOME = "Je welkom voelen";

    /** A story as entered: under which domain, and why the change matters, in the teller's words. */
    private record Entered(String domain, String significance) {}

    /** Per title of an Odensehuis story in {@link DemoStories} with consent for internal learning. */
    private static final Map<String, Entered> ODENSEHUIS = Map.of(
            "Vader zingt weer",
            new Entered(
                    WELCOME,
                    "Thuis is mijn vader vaak stil en onrustig. Daar hoort hij erbij en heeft hij plezier. Voor mij "
                            + "is dat het belangrijkste: dat hij nog ergens gelukkig is."),
            "Eindelijk weer een middag voor mezelf",
            new Entered(
                    RELIEF,
                    "Ik merkte pas hoe moe ik was toen ik weer tijd voor mezelf had. Door die twee middagen houd ik "
                            + "de zorg voor mijn man thuis vol."),
            "Koffie met andere mantelzorgers",
            new Entered(
                    RELIEF,
                    "Ik dacht dat ik het alleen moest doen. Nu weet ik dat anderen hetzelfde meemaken, en durf ik "
                            + "om hulp te vragen."),
            "Ik maak de stoelen weer",
            new Entered(
                    WELCOME,
                    "Thuis neemt iedereen alles van me over. Hier ben ik nog iemand die iets kan, en daar voel ik "
                            + "me goed bij."),
            "Weer de deur uit op dinsdag",
            new Entered(WELCOME, "Ik zit niet meer de hele week alleen thuis. Ik hoor er weer ergens bij."),
            "Tussen werk en zorg",
            new Entered(
                    RELIEF,
                    "Ik hoef niet te kiezen tussen mijn werk en mijn moeder. Die rust maakt dat ik het volhoud."));

    private DemoMsc() {}

    static void write(EntityManager em, String slug, MscService msc) {
        if (slug.equals("odensehuis")) {
            odensehuis(em, msc);
        }
        // the other demo initiatives have not held a round yet
    }

    private static void odensehuis(EntityManager em, MscService msc) {
        LocalDate today = LocalDate.now();
        long goal = em.createQuery("select g.id from Goal g where g.title = :title", Long.class)
                .setParameter("title", GOAL)
                .getSingleResult();
        Map<String, Long> domains = new HashMap<>();
        domains.put(
                RELIEF,
                domain(
                        msc,
                        RELIEF,
                        "Wat verandert er voor partners en kinderen die thuis zorgen: rust, tijd voor zichzelf, "
                                + "steun van anderen die hetzelfde meemaken.",
                        goal));
        domains.put(
                WELCOME,
                domain(
                        msc,
                        WELCOME,
                        "Wat verandert er voor bezoekers met (beginnende) dementie: ergens bij horen, meedoen "
                                + "met wat je nog kunt, gezien worden.",
                        goal));

        RoundForm settings = new RoundForm();
        settings.setTitle("Na het inloopseizoen 2026");
        settings.setQuestion("Wat is voor u de belangrijkste verandering van de afgelopen maanden, sinds u bij het "
                + "Odensehuis komt? En waarom is dat voor u belangrijk?");
        settings.setCollectFrom(today.minusMonths(4));
        settings.setCollectUntil(today.minusMonths(1));
        MscRound round = msc.saveRound(settings);

        Map<String, Long> entries = new HashMap<>();
        for (Story story : msc.eligibleStories(round.getId())) {
            Entered entered = ODENSEHUIS.get(story.getTitle());
            if (entered == null) {
                throw new IllegalStateException("No MSC entry for the demo story " + story.getTitle());
            }
            // Story maps its consent from the consent's side, so the story persisted in this transaction
            // does not know the consent written beside it until it is read again
            em.refresh(story);
            EntryForm entry = new EntryForm();
            entry.setStoryId(story.getId());
            entry.setDomainId(domains.get(entered.domain()));
            entry.setSignificance(entered.significance());
            entries.put(story.getTitle(), msc.saveEntry(round.getId(), entry).getId());
        }
        if (!entries.keySet().equals(ODENSEHUIS.keySet())) {
            throw new IllegalStateException("Demo stories without consent for internal learning cannot be entered: "
                    + ODENSEHUIS.keySet().stream()
                            .filter(title -> !entries.containsKey(title))
                            .toList());
        }

        MscPanel team = panel(
                msc,
                round,
                1,
                "Team inloophuis",
                "Coördinator, twee vrijwilligers, de casemanager dementie",
                today.minusWeeks(3));
        choose(
                msc,
                team,
                domains.get(RELIEF),
                entries.get("Eindelijk weer een middag voor mezelf"),
                "Mevrouw T. zegt wat veel mantelzorgers ons vertellen: pas met tijd voor zichzelf merken ze hoe "
                        + "zwaar het was. Haar verhaal laat zien dat de inloopmiddagen er ook voor de partner zijn.");
        choose(
                msc,
                team,
                domains.get(WELCOME),
                entries.get("Ik maak de stoelen weer"),
                "Hier zie je wat welkom zijn bij ons betekent: meedoen met wat je nog kunt. Sinds hij de stoelen "
                        + "maakt, komt meneer H. elke week en vraagt hij zelf wanneer het weer dinsdag is.");

        MscPanel board = panel(
                msc, round, 2, "Bestuur", "Voorzitter, secretaris en de adviseur van CMO STAMM", today.minusWeeks(2));
        choose(
                msc,
                board,
                domains.get(RELIEF),
                entries.get("Eindelijk weer een middag voor mezelf"),
                "Dit verhaal laat de gemeente zien wat een inloophuis zonder indicatie oplevert: een mantelzorger "
                        + "die het thuis weer volhoudt, zodat zwaardere zorg kan wachten. We nemen het op in het "
                        + "jaarverslag.");
        choose(
                msc,
                board,
                domains.get(WELCOME),
                entries.get("Ik maak de stoelen weer"),
                "Meedoen met wat je nog kunt is waarom het Odensehuis bestaat. Dit verhaal zegt dat beter dan "
                        + "onze cijfers over het aantal bezoeken.");

        // the board's choices were told to the two tellers it chose, each in the way that suits them
        feedback(
                msc,
                entries.get("Eindelijk weer een middag voor mezelf"),
                today.minusDays(10),
                FeedbackChannel.LETTER,
                "Brief met de keuzes van het team en het bestuur en hun redenen; mevrouw T. komt zelf niet op "
                        + "de inloopmiddagen.");
        feedback(
                msc,
                entries.get("Ik maak de stoelen weer"),
                today.minusDays(5),
                FeedbackChannel.IN_PERSON,
                "Op de inloopmiddag verteld dat het team en het bestuur zijn verhaal kozen, en waarom.");

        msc.closeRound(round.getId(), round.getVersion());
    }

    private static long domain(MscService msc, String name, String description, long goal) {
        DomainForm form = new DomainForm();
        form.setName(name);
        form.setDescription(description);
        form.setGoalId(goal);
        return msc.saveDomain(form).getId();
    }

    private static MscPanel panel(
            MscService msc, MscRound round, int stage, String name, String members, LocalDate heldOn) {
        PanelForm form = new PanelForm();
        form.setStage(stage);
        form.setName(name);
        form.setMembers(members);
        form.setHeldOn(heldOn);
        return msc.savePanel(round.getId(), form);
    }

    private static void choose(MscService msc, MscPanel panel, long domain, long entry, String reason) {
        SelectionForm form = new SelectionForm();
        form.setDomainId(domain);
        form.setEntryId(entry);
        form.setReason(reason);
        msc.choose(panel.getId(), form);
    }

    private static void feedback(MscService msc, long entry, LocalDate givenOn, FeedbackChannel channel, String note) {
        FeedbackForm form = new FeedbackForm();
        form.setEntryId(entry);
        form.setGivenOn(givenOn);
        form.setChannel(channel);
        form.setNote(note);
        msc.recordFeedback(form);
    }
}
