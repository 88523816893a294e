package nl.cmostamm.portal.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditEntry;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.testing.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stories in Payara Micro against the real PostgreSQL: consent decides where a story appears,
 * withdrawal hides it at once everywhere but its own page, every read and export is audited by
 * story, photos are checked by content, and another initiative's story is not found.
 */
@ExtendWith(ArquillianExtension.class)
class StoryServiceIT {

    @EJB
    StoryService stories;

    @EJB
    AuditLog audit;

    @EJB
    InitiativeService initiatives;

    @EJB
    TestAccounts accounts;

    @Test
    void consentDecidesWhereAStoryAppearsAndWithdrawalHidesItAtOnce() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Story story = Tenancy.with(scope, () -> stories.save(form("Koffie met Jan")));
        assertEquals(0, Tenancy.with(scope, stories::count), "no consent, no list");
        assertEquals(List.of(story.getId()), ids(Tenancy.with(scope, stories::awaitingConsent)));
        assertFalse(csv(scope).contains("Koffie met Jan"));

        StoryConsentForm internalOnly = consent(true, false);
        Tenancy.with(scope, () -> stories.saveConsent(story.getId(), internalOnly));
        assertEquals(1, Tenancy.with(scope, stories::count));
        assertFalse(csv(scope).contains("Koffie met Jan"), "no consent for reports, not in the report export");

        StoryConsentForm both = StoryConsentForm.of(
                Tenancy.with(scope, () -> stories.read(story.getId())).getConsent());
        both.setReports(true);
        Tenancy.with(scope, () -> stories.saveConsent(story.getId(), both));
        assertTrue(csv(scope).contains("Koffie met Jan"));

        Tenancy.with(scope, () -> {
            stories.withdraw(story.getId());
            return null;
        });
        assertEquals(0, Tenancy.with(scope, stories::count));
        assertTrue(
                Tenancy.with(scope, stories::awaitingConsent).isEmpty(),
                "a withdrawn story is not waiting for consent either");
        assertFalse(csv(scope).contains("Koffie met Jan"), "withdrawn: gone from the export at once");
        Story ownPage = Tenancy.with(scope, () -> stories.read(story.getId()));
        assertTrue(ownPage.getConsent().isWithdrawn(), "its own page still shows it, and why");
        assertEquals(
                "consent.withdrawn",
                assertThrows(
                                ValidationFailure.class,
                                () -> Tenancy.with(
                                        scope, () -> stories.saveConsent(story.getId(), consent(true, true))))
                        .getMessageKey());

        List<AuditEntry> log = Tenancy.with(scope, () -> audit.page(0, 50));
        assertTrue(
                log.stream()
                        .anyMatch(e -> e.getAction() == AuditAction.EXPORT
                                && story.getId().equals(e.getSubjectId())),
                "the export names the story");
        assertTrue(
                log.stream()
                                .filter(e -> e.getAction() == AuditAction.READ
                                        && story.getId().equals(e.getSubjectId()))
                                .count()
                        >= 2,
                "every read names the story");
    }

    @Test
    void aStoryThatLooksLikeAFormulaIsExportedAsText() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        StoryForm form = form("=HYPERLINK(\"https://x.example\";\"klik\")");
        form.setBody("\uFF0BSUM(1;2) uit een anoniem antwoord");
        Story story = Tenancy.with(scope, () -> stories.save(form));
        Tenancy.with(scope, () -> stories.saveConsent(story.getId(), consent(true, true)));

        String csv = csv(scope);

        assertTrue(csv.contains("\"'=HYPERLINK(\"\"https://x.example\"\";\"\"klik\"\")\""), csv);
        assertTrue(csv.contains("'\uFF0BSUM(1;2)"), csv);
    }

    @Test
    void aPhotoIsCheckedByContentAndARepresentativeIsNamed() throws IOException {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Story story = Tenancy.with(scope, () -> stories.save(form("Wandelen in het Drouwenerzand")));

        ValidationFailure notImage = assertThrows(
                ValidationFailure.class,
                () -> Tenancy.with(scope, () -> {
                    stories.savePhoto(story.getId(), "GIF89a niet echt".getBytes(StandardCharsets.UTF_8));
                    return null;
                }));
        assertEquals("photo.notImage", notImage.getMessageKey());
        assertFalse(Tenancy.with(scope, () -> stories.hasPhoto(story.getId())));

        byte[] png = png();
        Tenancy.with(scope, () -> {
            stories.savePhoto(story.getId(), png);
            return null;
        });
        PhotoFile photo =
                Tenancy.with(scope, () -> stories.photo(story.getId())).orElseThrow();
        assertEquals("image/png", photo.contentType());

        StoryConsentForm byRepresentative = consent(true, false);
        byRepresentative.setGivenBy(ConsentGiver.REPRESENTATIVE);
        assertEquals(
                "consent.representative.required",
                assertThrows(
                                ValidationFailure.class,
                                () -> Tenancy.with(scope, () -> stories.saveConsent(story.getId(), byRepresentative)))
                        .getMessageKey());
        byRepresentative.setRepresentative("Dochter, mevr. W.");
        Tenancy.with(scope, () -> stories.saveConsent(story.getId(), byRepresentative));
        assertEquals(
                "Dochter, mevr. W.",
                Tenancy.with(scope, () -> stories.read(story.getId()))
                        .getConsent()
                        .getRepresentative());
    }

    @Test
    void anotherInitiativesStoryAndPhotoAreNotFound() throws IOException {
        Tenancy.Scope a = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Tenancy.Scope b = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Story ofA = Tenancy.with(a, () -> stories.save(form("Alleen van A")));
        byte[] png = png();
        Tenancy.with(a, () -> {
            stories.savePhoto(ofA.getId(), png);
            return null;
        });

        assertThrows(NotFoundException.class, () -> Tenancy.with(b, () -> stories.read(ofA.getId())));
        assertThrows(NotFoundException.class, () -> Tenancy.with(b, () -> stories.photo(ofA.getId())));
        assertThrows(
                NotFoundException.class,
                () -> Tenancy.with(b, () -> stories.saveConsent(ofA.getId(), consent(true, true))));
        assertTrue(Tenancy.with(b, stories::awaitingConsent).isEmpty());
    }

    private String csv(Tenancy.Scope scope) {
        return new String(
                Tenancy.with(scope, () -> stories.exportForReports(InContainer::dutch)), StandardCharsets.UTF_8);
    }

    private static List<Long> ids(List<Story> list) {
        return list.stream().map(Story::getId).toList();
    }

    private static StoryForm form(String title) {
        StoryForm form = new StoryForm();
        form.setTitle(title);
        form.setBody("Sinds de koffieochtend komt mijn vader weer onder de mensen.");
        form.setTellerRole(TellerRole.CARER);
        form.setToldOn(LocalDate.now().minusDays(3));
        return form;
    }

    private static StoryConsentForm consent(boolean internal, boolean reports) {
        StoryConsentForm consent = new StoryConsentForm();
        consent.setGivenOn(LocalDate.now());
        consent.setInternalLearning(internal);
        consent.setReports(reports);
        return consent;
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
