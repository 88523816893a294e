package nl.cmostamm.portal.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
 * The demo initiatives' Most Significant Change rounds, written through {@link MscService} as a
 * board would enter them, so the demo holds nothing the portal would refuse. Each round is closed,
 * so it shows as history, and its domains stand for a goal (without a Theory of Change) or an
 * outcome of the ToC, so the chosen stories count on the outcome record. Every story of the
 * initiative with consent for internal learning is entered with the teller's own words on why it
 * matters. The Odensehuis's round is the full one: two domains, the team of the drop-in house
 * chooses, then the board from the team's choices, and two tellers hear back. The others are a
 * first, small round: one domain, one panel.
 */
final class DemoMsc {

    private record Domain(String name, String description, StandsFor standsFor) {}

    /** A story as entered: its title in {@link DemoStories}, its domain, why the change matters to the teller. */
    private record Entered(String story, String domain, String significance) {}

    private record Choice(String domain, String story, String reason) {}

    private record Panel(int stage, String name, String members, int daysAgo, List<Choice> choices) {}

    private record Feedback(String story, int daysAgo, FeedbackChannel channel, String note) {}

    private record Round(
            String title,
            String question,
            List<Domain> domains,
            List<Entered> entries,
            List<Panel> panels,
            List<Feedback> feedback) {}

    private static final String ODENSEHUIS_GOAL = "Een plek om naartoe te gaan, met of zonder diagnose";
    private static final String RELIEF = "Ontlasting van mantelzorgers";
    private static final String WELCOME = "Je welkom voelen";
    private static final String HELPED = "Geholpen in het eigen dorp";
    private static final String TAKING_PART = "Meedoen en ertoe doen";
    private static final String BELONGING = "Erbij horen in de Ebbingehof";
    private static final String OWN_LIFE = "Zelf de regie houden";
    private static final String YOUNG_AND_OLD = "Jong en oud samen";

    private static final Map<String, Round> ROUNDS = Map.of(
            "odensehuis",
            new Round(
                    "Na het inloopseizoen 2026",
                    "Wat is voor u de belangrijkste verandering van de afgelopen maanden, sinds u bij het "
                            + "Odensehuis komt? En waarom is dat voor u belangrijk?",
                    List.of(
                            new Domain(
                                    RELIEF,
                                    "Wat verandert er voor partners en kinderen die thuis zorgen: rust, tijd voor "
                                            + "zichzelf, steun van anderen die hetzelfde meemaken.",
                                    StandsFor.goal(ODENSEHUIS_GOAL)),
                            new Domain(
                                    WELCOME,
                                    "Wat verandert er voor bezoekers met (beginnende) dementie: ergens bij horen, "
                                            + "meedoen met wat je nog kunt, gezien worden.",
                                    StandsFor.goal(ODENSEHUIS_GOAL))),
                    List.of(
                            new Entered(
                                    "Vader zingt weer",
                                    WELCOME,
                                    "Thuis is mijn vader vaak stil en onrustig. Daar hoort hij erbij en heeft hij "
                                            + "plezier. Voor mij is dat het belangrijkste: dat hij nog ergens gelukkig is."),
                            new Entered(
                                    "Eindelijk weer een middag voor mezelf",
                                    RELIEF,
                                    "Ik merkte pas hoe moe ik was toen ik weer tijd voor mezelf had. Door die twee "
                                            + "middagen houd ik de zorg voor mijn man thuis vol."),
                            new Entered(
                                    "Koffie met andere mantelzorgers",
                                    RELIEF,
                                    "Ik dacht dat ik het alleen moest doen. Nu weet ik dat anderen hetzelfde "
                                            + "meemaken, en durf ik om hulp te vragen."),
                            new Entered(
                                    "Ik maak de stoelen weer",
                                    WELCOME,
                                    "Thuis neemt iedereen alles van me over. Hier ben ik nog iemand die iets kan, en "
                                            + "daar voel ik me goed bij."),
                            new Entered(
                                    "Weer de deur uit op dinsdag",
                                    WELCOME,
                                    "Ik zit niet meer de hele week alleen thuis. Ik hoor er weer ergens bij."),
                            new Entered(
                                    "Tussen werk en zorg",
                                    RELIEF,
                                    "Ik hoef niet te kiezen tussen mijn werk en mijn moeder. Die rust maakt dat ik "
                                            + "het volhoud.")),
                    List.of(
                            new Panel(
                                    1,
                                    "Team inloophuis",
                                    "Coördinator, twee vrijwilligers, de casemanager dementie",
                                    21,
                                    List.of(
                                            new Choice(
                                                    RELIEF,
                                                    "Eindelijk weer een middag voor mezelf",
                                                    "Mevrouw T. zegt wat veel mantelzorgers ons vertellen: pas met tijd "
                                                            + "voor zichzelf merken ze hoe zwaar het was. Haar verhaal "
                                                            + "laat zien dat de inloopmiddagen er ook voor de partner zijn."),
                                            new Choice(
                                                    WELCOME,
                                                    "Ik maak de stoelen weer",
                                                    "Hier zie je wat welkom zijn bij ons betekent: meedoen met wat je "
                                                            + "nog kunt. Sinds hij de stoelen maakt, komt meneer H. elke "
                                                            + "week en vraagt hij zelf wanneer het weer dinsdag is."))),
                            new Panel(
                                    2,
                                    "Bestuur",
                                    "Voorzitter, secretaris en de adviseur van CMO STAMM",
                                    14,
                                    List.of(
                                            new Choice(
                                                    RELIEF,
                                                    "Eindelijk weer een middag voor mezelf",
                                                    "Dit verhaal laat de gemeente zien wat een inloophuis zonder "
                                                            + "indicatie oplevert: een mantelzorger die het thuis weer "
                                                            + "volhoudt, zodat zwaardere zorg kan wachten. We nemen het op "
                                                            + "in het jaarverslag."),
                                            new Choice(
                                                    WELCOME,
                                                    "Ik maak de stoelen weer",
                                                    "Meedoen met wat je nog kunt is waarom het Odensehuis bestaat. Dit "
                                                            + "verhaal zegt dat beter dan onze cijfers over het aantal "
                                                            + "bezoeken.")))),
                    // the board's choices were told to the two tellers it chose, each in the way that suits them
                    List.of(
                            new Feedback(
                                    "Eindelijk weer een middag voor mezelf",
                                    10,
                                    FeedbackChannel.LETTER,
                                    "Brief met de keuzes van het team en het bestuur en hun redenen; mevrouw T. komt "
                                            + "zelf niet op de inloopmiddagen."),
                            new Feedback(
                                    "Ik maak de stoelen weer",
                                    5,
                                    FeedbackChannel.IN_PERSON,
                                    "Op de inloopmiddag verteld dat het team en het bestuur zijn verhaal kozen, en "
                                            + "waarom."))),
            "middelstum",
            new Round(
                    "Verhalen van hulpvragers",
                    "Wat is er voor u veranderd sinds het dorpsloket u hielp? En waarom is dat voor u belangrijk?",
                    List.of(new Domain(
                            HELPED,
                            "Wat verandert er voor inwoners die met een kleine hulpvraag bij het loket komen: "
                                    + "zelfstandig blijven, de weg weten, iemand uit het dorp naast je.",
                            StandsFor.goal("Hulpvragen snel en dichtbij beantwoord"))),
                    List.of(
                            new Entered(
                                    "Weer naar de fysio",
                                    HELPED,
                                    "Zonder die ritjes was ik gestopt met de oefeningen. Nu loop ik weer naar de "
                                            + "bakker, en ik heb er een kennis bij."),
                            new Entered(
                                    "De brief van het IMG",
                                    HELPED,
                                    "Ik lag er wakker van. Nu is het geregeld, en ik weet bij wie ik terecht kan als "
                                            + "er weer zo'n brief komt.")),
                    List.of(new Panel(
                            1,
                            "Coördinator en team",
                            "De coördinator en het team van zes van het dorpsloket",
                            14,
                            List.of(new Choice(
                                    HELPED,
                                    "Weer naar de fysio",
                                    "Een rit naar de fysio lijkt klein, maar mevrouw D. blijft erdoor zelfstandig "
                                            + "en komt weer onder de mensen. Dit is het noaberschap waar het loket "
                                            + "voor staat.")))),
                    List.of()),
            "smilde",
            new Round(
                    "Aan tafel en in de winkel",
                    "Wat is er voor u veranderd sinds u in het dorpshuis komt? En waarom is dat voor u belangrijk?",
                    List.of(new Domain(
                            TAKING_PART,
                            "Wat verandert er voor wie in het dorpshuis komt: erbij horen, zelf meedoen en merken "
                                    + "dat je ertoe doet.",
                            StandsFor.outcome("Mensen doen mee en ertoe"))),
                    List.of(
                            new Entered(
                                    "Aan tafel bij het dorpsdiner",
                                    TAKING_PART,
                                    "Ik ben niet meer alleen met mijn verdriet. Die ene avond in de maand houdt de "
                                            + "rest van de maand bij elkaar."),
                            new Entered(
                                    "Zelf aan het fornuis",
                                    TAKING_PART,
                                    "Ik ben geen gast meer, ik hoor bij de ploeg. Ze rekenen op me, en dat geeft me "
                                            + "een reden om op te staan."),
                            new Entered(
                                    "Iets terug kunnen doen",
                                    TAKING_PART,
                                    "Eerst moest ik vragen, nu kan ik geven. Daardoor kan ik weer rechtop lopen in "
                                            + "het dorp.")),
                    List.of(new Panel(
                            1,
                            "Kerngroep en klankbordgroep",
                            "De twee bestuursleden, de kerngroep en drie leden van de klankbordgroep",
                            14,
                            List.of(new Choice(
                                    TAKING_PART,
                                    "Zelf aan het fornuis",
                                    "Dit is ons motto in één verhaal: van aanschuiven naar meekoken. Het laat zien "
                                            + "waarom het diner meer is dan een goedkope maaltijd.")))),
                    List.of()),
            "ebbingehof",
            new Round(
                    "Samen wonen in de Ebbingehof",
                    "Wat is voor u de belangrijkste verandering sinds u in de Ebbingehof woont? En waarom is dat "
                            + "voor u belangrijk?",
                    List.of(new Domain(
                            BELONGING,
                            "Wat verandert er voor bewoners: ergens bij horen, gemist worden, samen dingen doen.",
                            StandsFor.goal("Samen ouder worden in de stad"))),
                    List.of(
                            new Entered(
                                    "Samen eten op donderdag",
                                    BELONGING,
                                    "Koken voor anderen gaf mijn week weer een vorm. Ik ben niet meer alleen met de "
                                            + "lange avonden."),
                            new Entered(
                                    "Iemand merkt het als ik er niet ben",
                                    BELONGING,
                                    "Alleen wonen is iets anders dan alleen zijn. Hier weet ik dat iemand naar me "
                                            + "omkijkt, en ik kijk naar hen om."),
                            new Entered(
                                    "Weer zingen in het koor",
                                    BELONGING,
                                    "Ik had niet gedacht dat ik op mijn leeftijd nog iets nieuws zou beginnen. Het "
                                            + "koor maakt dat ik me hier thuis voel.")),
                    List.of(new Panel(
                            1,
                            "Bewonersvergadering",
                            "De bewoners die op de voorjaarsvergadering in de gezamenlijke ruimte waren, met het "
                                    + "bestuur van de stichting",
                            14,
                            List.of(new Choice(
                                    BELONGING,
                                    "Iemand merkt het als ik er niet ben",
                                    "Hier gaat het om bij samen wonen: dat het opvalt als je er niet bent. Dat "
                                            + "vertellen we nieuwe bewoners bij de kennismaking.")))),
                    List.of()),
            "westerwolde",
            new Round(
                    "Verhalen voor de inzichtrapportage",
                    "Wat is er voor u veranderd sinds u bij Welzijn Westerwolde aanklopte? En waarom is dat voor u "
                            + "belangrijk?",
                    List.of(new Domain(
                            OWN_LIFE,
                            "Wat verandert er voor inwoners die steun krijgen: zelf verder kunnen, meedoen, het "
                                    + "volhouden als mantelzorger.",
                            StandsFor.outcome("Autonomie & meedoen"))),
                    List.of(
                            new Entered(
                                    "Even op adem komen",
                                    OWN_LIFE,
                                    "Ik dacht dat ik moest kiezen tussen mijn man en mezelf. Nu hoeft dat niet meer, "
                                            + "en daardoor kan ik thuis voor hem blijven zorgen."),
                            new Entered(
                                    "Mijn eigen brieven",
                                    OWN_LIFE,
                                    "Ik hoef niet meer te wachten tot iemand tijd voor me heeft. Ik regel mijn eigen "
                                            + "zaken, zoals iedereen hier."),
                            new Entered(
                                    "Hulp zonder wachtlijst",
                                    OWN_LIFE,
                                    "Ik ben weer iemand die zelf zijn boodschappen doet. Daar ging het mij om.")),
                    List.of(new Panel(
                            1,
                            "Teamoverleg met de cliëntenraad",
                            "Twee welzijnswerkers van de Steunstees, de teamleider en twee leden van de "
                                    + "cliëntenraad",
                            14,
                            List.of(new Choice(
                                    OWN_LIFE,
                                    "Mijn eigen brieven",
                                    "Dit verhaal laat zien wat we met 'autonomie' bedoelen in het impactmodel: het "
                                            + "maatje maakt zichzelf overbodig. Het past in de inzichtrapportage "
                                            + "aan de gemeente.")))),
                    List.of()),
            "eexterveen",
            new Round(
                    "Verhalen uit het GroeiHuis",
                    "Wat is voor u de belangrijkste verandering sinds het GroeiHuis open is? En waarom is dat voor u "
                            + "belangrijk?",
                    List.of(new Domain(
                            YOUNG_AND_OLD,
                            "Wat verandert er nu jong en oud, uit Eexterveen en de buurtschappen, elkaar in het "
                                    + "GroeiHuis treffen.",
                            StandsFor.goal("Jong en oud ontmoeten elkaar in het GroeiHuis"))),
                    List.of(
                            new Entered(
                                    "Sjoelen met de kleintjes",
                                    YOUNG_AND_OLD,
                                    "Ik hoor er weer bij in het dorp, ook bij de nieuwe mensen. Vroeger kende ik "
                                            + "alleen mijn eigen straat."),
                            new Entered(
                                    "Een plek voor de buurtschappen",
                                    YOUNG_AND_OLD,
                                    "Voor ons in Spijkerboor was er niets dichtbij. Nu hebben mijn dochter en ik "
                                            + "allebei vriendjes in het GroeiHuis.")),
                    List.of(new Panel(
                            1,
                            "Werkgroep GroeiHuis",
                            "Twee bestuursleden van stichting Kardeel, de coördinator en twee vrijwilligers",
                            14,
                            List.of(new Choice(
                                    YOUNG_AND_OLD,
                                    "Sjoelen met de kleintjes",
                                    "Hier gebeurt waar we het GroeiHuis voor bouwden: jong en oud aan één tafel. "
                                            + "We zetten het in de dorpskrant, zodat de fondsen het ook lezen.")))),
                    List.of()));

    private DemoMsc() {}

    static void write(EntityManager em, String slug, MscService msc) {
        Round plan = ROUNDS.get(slug);
        if (plan != null) {
            write(em, plan, msc);
        }
    }

    private static void write(EntityManager em, Round plan, MscService msc) {
        LocalDate today = LocalDate.now();
        Map<String, Long> domains = new HashMap<>();
        for (Domain domain : plan.domains()) {
            DomainForm form = new DomainForm();
            form.setName(domain.name());
            form.setDescription(domain.description());
            form.setGoalId(domain.standsFor().goalId(em));
            form.setOutcomeId(domain.standsFor().outcomeId(em));
            domains.put(domain.name(), msc.saveDomain(form).getId());
        }

        RoundForm settings = new RoundForm();
        settings.setTitle(plan.title());
        settings.setQuestion(plan.question());
        settings.setCollectFrom(today.minusMonths(4));
        settings.setCollectUntil(today.minusMonths(1));
        MscRound round = msc.saveRound(settings);

        Map<String, Entered> planned =
                plan.entries().stream().collect(Collectors.toMap(Entered::story, entered -> entered));
        Map<String, Long> entries = new HashMap<>();
        for (Story story : msc.eligibleStories(round.getId())) {
            Entered entered = planned.get(story.getTitle());
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
        Set<String> missing = planned.keySet().stream()
                .filter(title -> !entries.containsKey(title))
                .collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException(
                    "Demo stories without consent for internal learning cannot be entered: " + missing);
        }

        for (Panel meeting : plan.panels()) {
            PanelForm form = new PanelForm();
            form.setStage(meeting.stage());
            form.setName(meeting.name());
            form.setMembers(meeting.members());
            form.setHeldOn(today.minusDays(meeting.daysAgo()));
            MscPanel panel = msc.savePanel(round.getId(), form);
            for (Choice choice : meeting.choices()) {
                SelectionForm selection = new SelectionForm();
                selection.setDomainId(domains.get(choice.domain()));
                selection.setEntryId(entries.get(choice.story()));
                selection.setReason(choice.reason());
                msc.choose(panel.getId(), selection);
            }
        }

        for (Feedback feedback : plan.feedback()) {
            FeedbackForm form = new FeedbackForm();
            form.setEntryId(entries.get(feedback.story()));
            form.setGivenOn(today.minusDays(feedback.daysAgo()));
            form.setChannel(feedback.channel());
            form.setNote(feedback.note());
            msc.recordFeedback(form);
        }

        msc.closeRound(round.getId(), round.getVersion());
    }
}
