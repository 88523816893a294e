package nl.cmostamm.portal.testing;

import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.cmostamm.portal.initiative.Initiative;
import nl.cmostamm.portal.initiative.InitiativeForm;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.initiative.SocietalEffect;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.security.Language;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.story.Purpose;
import nl.cmostamm.portal.story.Story;
import nl.cmostamm.portal.story.StoryConsentForm;
import nl.cmostamm.portal.story.StoryForm;
import nl.cmostamm.portal.story.StoryService;
import nl.cmostamm.portal.story.TellerRole;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.web.shared.Texts;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Helpers for tests that run inside Payara Micro (Arquillian): the portal WAR as deployment with
 * this class added, and new initiatives made through the services themselves.
 */
public final class InContainer {

    private InContainer() {}

    /** The built portal WAR, plus this helper. */
    public static WebArchive portal() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("portal.war")))
                .addClasses(InContainer.class, TestAccounts.class, TestRows.class);
    }

    private static final java.util.concurrent.atomic.AtomicInteger RUN_DAYS =
            new java.util.concurrent.atomic.AtomicInteger();

    /**
     * A day no scheduled run has claimed yet, for tests that start the day's retention run as a
     * node's timer would: the timers claim today, the tests days in 1900 and after, one each.
     */
    public static java.time.LocalDate unusedRunDay() {
        return java.time.LocalDate.of(1900, 1, 1).plusDays(RUN_DAYS.incrementAndGet());
    }

    /** A new initiative, and the scope of a new knowledge-centre admin inside it. */
    public static Tenancy.Scope newInitiativeAsAdmin(TestAccounts accounts, InitiativeService initiatives) {
        Account admin = new Account(uniqueEmail("beheer"), "Beheer");
        admin.setAdmin(true);
        long adminId = accounts.create(admin, "geen-wachtwoord").getId();
        InitiativeForm form = new InitiativeForm();
        String slug = "init-" + UUID.randomUUID().toString().substring(0, 8);
        form.setSlug(slug);
        form.setName("Initiatief " + slug);
        form.setMunicipality("Tynaarlo");
        Initiative created = Tenancy.with(new Tenancy.Scope(adminId, null), () -> initiatives.create(form));
        return new Tenancy.Scope(adminId, created.getId());
    }

    /**
     * Names the initiative's societal effects in its profile, as a board admin does, and returns
     * them in their order.
     */
    public static List<SocietalEffect> effects(InitiativeService initiatives, Tenancy.Scope scope, String... names) {
        InitiativeForm profile = Tenancy.with(scope, initiatives::current);
        profile.setEffects(new ArrayList<>(List.of(names)));
        Tenancy.with(scope, () -> initiatives.update(profile));
        return Tenancy.with(scope, initiatives::effects);
    }

    /**
     * The Dutch page text of {@code key}, as a Dutch page passes it to the exports. Read from the
     * deployed bundle, so a test that asserts an export's Dutch header also checks its key.
     */
    public static String dutch(String key) {
        return Texts.bundle(Language.NL.locale()).getString(key);
    }

    public static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@test.local";
    }

    /**
     * A story told by a carer, with a consent for the given purposes recorded today (none: no consent
     * yet); returns its id. Told {@code title.length()} days ago, so stories of one test differ.
     */
    public static long story(StoryService stories, Tenancy.Scope scope, String title, Purpose... purposes) {
        Story story = Tenancy.with(scope, () -> stories.save(storyForm(title)));
        if (purposes.length > 0) {
            List<Purpose> allowed = List.of(purposes);
            StoryConsentForm consent = new StoryConsentForm();
            consent.setGivenOn(LocalDate.now());
            consent.setInternalLearning(allowed.contains(Purpose.INTERNAL_LEARNING));
            consent.setReports(allowed.contains(Purpose.REPORTS));
            consent.setPublication(allowed.contains(Purpose.PUBLICATION));
            Tenancy.with(scope, () -> stories.saveConsent(story.getId(), consent));
        }
        return story.getId();
    }

    public static StoryForm storyForm(String title) {
        StoryForm form = new StoryForm();
        form.setTitle(title);
        form.setBody("Sinds de inloop komt mijn moeder weer onder de mensen. " + title);
        form.setTellerRole(TellerRole.CARER);
        form.setToldOn(LocalDate.now().minusDays(title.length()));
        return form;
    }
}
