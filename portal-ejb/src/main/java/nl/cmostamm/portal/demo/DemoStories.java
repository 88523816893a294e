package nl.cmostamm.portal.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.initiative.ValueTheme;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.story.ConsentGiver;
import nl.cmostamm.portal.story.Story;
import nl.cmostamm.portal.story.StoryConsent;
import nl.cmostamm.portal.story.TellerRole;

/**
 * A few stories per demo initiative, after the publication's examples, with consent: most for
 * internal learning and reports, one given by a representative, one still waiting for consent.
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
                                    false)),
            "smilde",
                    List.of(new Told(
                            "Aan tafel bij het dorpsdiner",
                            "Ik woon alleen sinds mijn vrouw overleed. Bij het dorpsdiner zit ik nu elke "
                                    + "maand naast dezelfde buren; we bellen elkaar ook tussendoor.",
                            TellerRole.PARTICIPANT,
                            "dhr. W.",
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
                consent.setGivenOn(story.getToldOn());
                em.persist(consent);
            }
        }
    }
}
