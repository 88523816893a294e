package nl.cmostamm.portal.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.cmostamm.portal.initiative.ValueTheme;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.story.ConsentGiver;
import nl.cmostamm.portal.story.Story;
import nl.cmostamm.portal.story.StoryConsent;
import nl.cmostamm.portal.story.TellerRole;

/**
 * A few stories per demo initiative, after the publication's examples, with consent: most for
 * internal learning and reports, some for internal learning only, some given by a representative
 * for someone who no longer can, one still waiting for consent. Every initiative's stories with
 * consent were told for its Most Significant Change round (see {@link DemoMsc}); the Odensehuis
 * has the most, from its carers and visitors. Smilde's widower at the village dinner also agreed
 * to publication: his story is the one on Smilde's framed fact sheet ({@link DemoFactSheet}).
 */
final class DemoStories {

    record Told(
            String title,
            String body,
            TellerRole role,
            String pseudonym,
            String theme,
            boolean reports,
            String representative,
            boolean consent) {}

    /** The stories whose tellers also agreed to publication. */
    static final Set<String> PUBLISHED = Set.of("Aan tafel bij het dorpsdiner");

    private static final Map<String, List<Told>> BY_INITIATIVE = Map.of(
            "middelstum",
                    List.of(
                            new Told(
                                    "Weer naar de fysio",
                                    "Sinds mijn heup kan ik niet meer fietsen. Via het dorpsloket rijdt Henk me elke week "
                                            + "naar de fysiotherapeut in Loppersum. Onderweg praten we over vroeger.",
                                    TellerRole.PARTICIPANT,
                                    "mevr. D.",
                                    "Sociale cohesie",
                                    true,
                                    null,
                                    true),
                            new Told(
                                    "De brief van het IMG",
                                    "Ik begreep de brief over de schade aan ons huis niet. Samen met een vrijwilliger "
                                            + "hebben we het formulier ingevuld en de afspraak gemaakt.",
                                    TellerRole.RESIDENT,
                                    "dhr. K.",
                                    "Gelijke kansen en inclusie",
                                    true,
                                    null,
                                    true)),
            "odensehuis",
                    List.of(
                            new Told(
                                    "Vader zingt weer",
                                    "Op de inloopmiddag zong mijn vader weer mee met de liedjes van vroeger. Thuis praat hij "
                                            + "er nog dagen over.",
                                    TellerRole.CARER,
                                    "dochter van dhr. B.",
                                    "Gezondheid en welzijn",
                                    true,
                                    "Dochter, mevr. B.",
                                    true),
                            new Told(
                                    "Een plek zonder diagnose",
                                    "Ik hoefde niets te bewijzen om binnen te komen. Dat maakte de stap klein.",
                                    TellerRole.PARTICIPANT,
                                    "mevr. S.",
                                    "Gezondheid en welzijn",
                                    false,
                                    null,
                                    false),
                            new Told(
                                    "Eindelijk weer een middag voor mezelf",
                                    "Mijn man heeft alzheimer. Ik durfde hem geen uur meer alleen te laten en kwam zelf "
                                            + "nergens meer. Nu gaat hij twee middagen per week naar het Odensehuis in Meppel. "
                                            + "Dan doe ik in alle rust boodschappen of drink ik koffie bij mijn zus.",
                                    TellerRole.CARER,
                                    "mevr. T.",
                                    "Gezondheid en welzijn",
                                    true,
                                    null,
                                    true),
                            new Told(
                                    "Koffie met andere mantelzorgers",
                                    "Terwijl mijn vrouw meedoet met het geheugenspel, zit ik aan tafel met andere "
                                            + "mantelzorgers. Die hoef je niets uit te leggen. Van een van hen hoorde ik dat ik "
                                            + "de casemanager dementie kon bellen; dat had ik zelf nooit gedaan.",
                                    TellerRole.CARER,
                                    "dhr. J.",
                                    "Sociale cohesie",
                                    true,
                                    null,
                                    true),
                            new Told(
                                    "Ik maak de stoelen weer",
                                    "Ik ben mijn hele leven timmerman geweest. In het Odensehuis lijm ik samen met een "
                                            + "vrijwilliger de wiebelende stoelen, en we hebben een vogelhuisje voor de tuin "
                                            + "gemaakt. Niemand vraagt daar wat ik niet meer kan.",
                                    TellerRole.PARTICIPANT,
                                    "dhr. H.",
                                    "Zingeving en eigenaarschap",
                                    true,
                                    null,
                                    true),
                            new Told(
                                    "Weer de deur uit op dinsdag",
                                    "Na de diagnose kwam ik bijna niet meer buiten. Nu haalt een vrijwilliger mij elke "
                                            + "dinsdag op in Havelte. We drinken koffie, zingen of doen een spelletje. Ik ken "
                                            + "de mensen daar nu, en zij kennen mij.",
                                    TellerRole.PARTICIPANT,
                                    "mevr. V.",
                                    "Gezondheid en welzijn",
                                    false,
                                    "Zoon, dhr. V.",
                                    true),
                            new Told(
                                    "Tussen werk en zorg",
                                    "Ik werk vier dagen en zorg daarnaast voor mijn moeder. Op de middagen dat zij in "
                                            + "het Odensehuis is, weet ik dat ze in goede handen is. Dan kan ik werken zonder "
                                            + "steeds op mijn telefoon te kijken.",
                                    TellerRole.CARER,
                                    "mevr. K.",
                                    "Gezondheid en welzijn",
                                    false,
                                    null,
                                    true)),
            "smilde",
                    List.of(
                            new Told(
                                    "Aan tafel bij het dorpsdiner",
                                    "Ik woon alleen sinds mijn vrouw overleed. Bij het dorpsdiner zit ik nu elke "
                                            + "maand naast dezelfde buren; we bellen elkaar ook tussendoor.",
                                    TellerRole.PARTICIPANT,
                                    "dhr. W.",
                                    "Sociale cohesie",
                                    true,
                                    null,
                                    true),
                            new Told(
                                    "Zelf aan het fornuis",
                                    "Eerst kwam ik alleen eten. Nu sta ik elke maand met de kookploeg in de keuken, "
                                            + "en ze vragen om mijn stamppot. Ik had niet gedacht dat ik nog ergens "
                                            + "nodig was.",
                                    TellerRole.PARTICIPANT,
                                    "mevr. R.",
                                    "Zingeving en eigenaarschap",
                                    true,
                                    null,
                                    true),
                            new Told(
                                    "Iets terug kunnen doen",
                                    "Toen het geld op was, haalde ik kleren voor de kinderen uit de weggeefwinkel. "
                                            + "Nu sta ik er zelf op woensdag achter de tafel. Ik schaam me niet meer: "
                                            + "nu help ik anderen.",
                                    TellerRole.VOLUNTEER,
                                    "mevr. L.",
                                    "Gelijke kansen en inclusie",
                                    false,
                                    null,
                                    true)),
            "ebbingehof",
                    List.of(
                            new Told(
                                    "Samen eten op donderdag",
                                    "Sinds mijn man overleed, kookte ik nooit meer voor mezelf. Nu kook ik eens per "
                                            + "maand voor twaalf buren bij de eetclub, en de andere donderdagen schuif "
                                            + "ik aan.",
                                    TellerRole.RESIDENT,
                                    "mevr. A.",
                                    "Sociale cohesie",
                                    true,
                                    null,
                                    true),
                            new Told(
                                    "Iemand merkt het als ik er niet ben",
                                    "Toen ik griep had, stond er de tweede dag al soep voor mijn deur. In mijn oude "
                                            + "flat had niemand gemerkt dat ik er niet was.",
                                    TellerRole.RESIDENT,
                                    "dhr. G.",
                                    "Gezondheid en welzijn",
                                    true,
                                    null,
                                    true),
                            new Told(
                                    "Weer zingen in het koor",
                                    "Ik had sinds mijn jeugd niet meer gezongen. Een buurvrouw nam me mee naar het "
                                            + "koor in de gezamenlijke ruimte; nu oefen ik thuis.",
                                    TellerRole.RESIDENT,
                                    "mevr. O.",
                                    "Zingeving en eigenaarschap",
                                    false,
                                    null,
                                    true)),
            "westerwolde",
                    List.of(
                            new Told(
                                    "Even op adem komen",
                                    "Ik zorg al zes jaar voor mijn man met parkinson. Via de Steunstee kwam er een "
                                            + "vrijwilliger die op woensdag bij hem blijft. Dan ga ik zwemmen.",
                                    TellerRole.CARER,
                                    "mevr. E.",
                                    "Gezondheid en welzijn",
                                    true,
                                    null,
                                    true),
                            new Told(
                                    "Mijn eigen brieven",
                                    "Toen ik in Sellingen kwam wonen, begreep ik geen brief van de gemeente. Mijn "
                                            + "maatje liet me zien hoe het werkt. Nu lees ik ze zelf, en bel ik zelf als "
                                            + "er iets niet klopt.",
                                    TellerRole.PARTICIPANT,
                                    "dhr. M.",
                                    "Gelijke kansen en inclusie",
                                    true,
                                    null,
                                    true),
                            new Told(
                                    "Hulp zonder wachtlijst",
                                    "Ik durfde niet om hulp te vragen; ik dacht dat ik eerst een indicatie nodig had. "
                                            + "Bij de Steunstee hoefde ik niets in te vullen. Nu doe ik mijn "
                                            + "boodschappen weer zelf, met de buurtbus.",
                                    TellerRole.RESIDENT,
                                    "dhr. P.",
                                    "Gezondheid en welzijn",
                                    false,
                                    null,
                                    true)),
            "eexterveen",
                    List.of(
                            new Told(
                                    "Sjoelen met de kleintjes",
                                    "Op de spelmiddag sjoel ik met de kinderen van de opvang. Ik ken nu de jonge "
                                            + "gezinnen uit Nieuw Annerveen; ze zwaaien als ik langsfiets.",
                                    TellerRole.PARTICIPANT,
                                    "dhr. F.",
                                    "Sociale cohesie",
                                    true,
                                    null,
                                    true),
                            new Told(
                                    "Een plek voor de buurtschappen",
                                    "Vanuit Spijkerboor moesten we voor alles naar een ander dorp. Nu neem ik mijn "
                                            + "dochter mee naar de peuterochtend in het GroeiHuis en drink ik koffie met "
                                            + "andere ouders, die ik eerst niet kende.",
                                    TellerRole.PARTICIPANT,
                                    "mevr. N.",
                                    "Sociale cohesie",
                                    true,
                                    null,
                                    true)));

    private DemoStories() {}

    static void write(EntityManager em, String slug, Map<String, ValueTheme> themes, Account recorder) {
        for (Told told : BY_INITIATIVE.getOrDefault(slug, List.of())) {
            Story story = new Story();
            story.setTitle(told.title());
            story.setBody(told.body());
            story.setTellerRole(told.role());
            story.setPseudonym(told.pseudonym());
            story.setToldOn(LocalDate.now().minusMonths(2));
            story.setThemes(new ArrayList<>(List.of(themes.get(told.theme()))));
            story.setCreatedBy(recorder);
            em.persist(story);
            if (told.consent()) {
                StoryConsent consent = new StoryConsent();
                consent.setStory(story);
                consent.setRecordedBy(recorder);
                consent.setGivenBy(told.representative() == null ? ConsentGiver.PERSON : ConsentGiver.REPRESENTATIVE);
                consent.setRepresentative(told.representative());
                consent.setInternalLearning(true);
                consent.setReports(told.reports());
                consent.setPublication(PUBLISHED.contains(told.title()));
                consent.setGivenOn(story.getToldOn());
                em.persist(consent);
            }
        }
    }
}
