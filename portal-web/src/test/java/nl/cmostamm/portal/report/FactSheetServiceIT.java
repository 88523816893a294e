package nl.cmostamm.portal.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.report.factsheet.FactSheet;
import nl.cmostamm.portal.report.factsheet.FactSheetContent;
import nl.cmostamm.portal.report.factsheet.FactSheetForm;
import nl.cmostamm.portal.report.factsheet.FactSheetLink;
import nl.cmostamm.portal.report.factsheet.FactSheetService;
import nl.cmostamm.portal.report.factsheet.KeyFigure;
import nl.cmostamm.portal.report.factsheet.PublicFactSheets;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.shared.ConcurrentEditException;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.story.Purpose;
import nl.cmostamm.portal.story.Story;
import nl.cmostamm.portal.story.StoryService;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.testing.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fact sheet in Payara Micro against the real PostgreSQL: only stories whose consent allows
 * publication are offered, saved or shown; a consent withdrawn after the board chose the story takes
 * it off the next download and off the public link at once; another initiative's stories, sheet and
 * links are not found; a stale save is a conflict; a revoked, expired or made-up link opens nothing.
 */
@ExtendWith(ArquillianExtension.class)
class FactSheetServiceIT {

    @EJB
    FactSheetService sheets;

    @Inject
    PublicFactSheets publicSheets;

    @EJB
    StoryService stories;

    @EJB
    AuditLog audit;

    @EJB
    InitiativeService initiatives;

    @EJB
    TestAccounts accounts;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource database;

    @Test
    void onlyStoriesWithPublicationConsentAndAWithdrawalTakesOneOffEveryCopyAtOnce() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        long published = story(scope, "Aan tafel", true);
        long reportsOnly = story(scope, "Alleen voor rapportages", false);
        as(scope, () -> stories.save(InContainer.storyForm("Nog zonder toestemming")));

        assertEquals(
                List.of(published),
                as(scope, sheets::publishableStories).stream().map(Story::getId).toList(),
                "only a consent for publication puts a story on the list");
        assertEquals(2L, as(scope, sheets::storiesWithoutPublicationConsent), "the hint counts the others");
        assertEquals(
                "factsheet.stories.notPublishable",
                refusal(() -> as(scope, () -> sheets.save(form(scope, List.of(reportsOnly))))));

        as(scope, () -> sheets.save(form(scope, List.of(published))));
        assertEquals(List.of(published), as(scope, sheets::preview).storyIds());
        String token = as(scope, () -> sheets.publish(today().plusMonths(6)));
        FactSheetContent visited = publicSheets.open(token).orElseThrow();
        assertEquals(List.of(published), visited.storyIds(), "the public link shows the chosen story");
        assertTrue(visited.name().startsWith("Initiatief "), "the link's own initiative");
        FactSheetContent downloaded = as(scope, sheets::download);
        assertEquals(List.of(published), downloaded.storyIds());
        assertTrue(
                as(scope, () -> audit.page(0, 100)).stream()
                        .anyMatch(e -> e.getAction() == AuditAction.EXPORT
                                && Long.valueOf(published).equals(e.getSubjectId())
                                && e.getSummary().contains("feitenblad")),
                "a generation is an audited export of every story on it");

        as(scope, () -> {
            stories.withdraw(published);
            return null;
        });

        assertTrue(as(scope, sheets::preview).stories().isEmpty(), "off the preview at once");
        assertTrue(as(scope, sheets::download).stories().isEmpty(), "off the download at once");
        assertTrue(publicSheets.open(token).orElseThrow().stories().isEmpty(), "off the public link at once");
        assertEquals(
                List.of(published),
                as(scope, sheets::form).getStoryIds(),
                "the choice stays: the story returns if consent is given again");
        assertTrue(as(scope, sheets::publishableStories).isEmpty());
    }

    @Test
    void threeToSixDistinctFiguresAtMostThreeStoriesAndAContactLineOfLimitedLength() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        FactSheetForm two = form(scope, List.of());
        two.setFigures(new ArrayList<>(List.of(KeyFigure.VOLUNTEERS, KeyFigure.STORIES)));
        assertEquals("factsheet.figures.count", refusal(() -> as(scope, () -> sheets.save(two))));
        FactSheetForm seven = form(scope, List.of());
        seven.setFigures(new ArrayList<>(List.of(KeyFigure.values()).subList(0, 7)));
        assertEquals("factsheet.figures.count", refusal(() -> as(scope, () -> sheets.save(seven))));
        FactSheetForm twice = form(scope, List.of());
        twice.setFigures(new ArrayList<>(List.of(KeyFigure.STORIES, KeyFigure.STORIES, KeyFigure.VOLUNTEERS)));
        assertEquals("factsheet.figures.count", refusal(() -> as(scope, () -> sheets.save(twice))));
        FactSheetForm talkative = form(scope, List.of());
        talkative.setContact("x".repeat(FactSheet.MAX_CONTACT + 1));
        assertEquals("field.tooLong", refusal(() -> as(scope, () -> sheets.save(talkative))));
        List<Long> four = List.of(
                story(scope, "Een", true),
                story(scope, "Twee", true),
                story(scope, "Drie", true),
                story(scope, "Vier", true));
        assertEquals("factsheet.stories.count", refusal(() -> as(scope, () -> sheets.save(form(scope, four)))));
        assertTrue(as(scope, sheets::form).isNew(), "nothing was saved by any refusal");

        assertEquals(
                "factsheet.logo.notImage",
                refusal(() -> as(scope, () -> sheets.saveLogo(0, "<svg onload=alert(1)>".getBytes()))));
        assertEquals(
                "factsheet.logo.tooLarge",
                refusal(() -> as(scope, () -> sheets.saveLogo(0, new byte[FactSheet.MAX_LOGO_BYTES + 1]))));
        assertEquals(
                "factsheet.link.expiresRange", refusal(() -> as(scope, () -> sheets.publish(today().plusYears(3)))));
    }

    @Test
    void aStaleSaveIsAConflictNotAnOverwrite() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        FactSheet first = as(scope, () -> sheets.save(form(scope, List.of())));
        FactSheetForm mine = as(scope, sheets::form);
        FactSheetForm theirs = as(scope, sheets::form);
        theirs.setContact("Bel ons");
        as(scope, () -> sheets.save(theirs));

        mine.setContact("Mail ons");
        assertThrows(ConcurrentEditException.class, () -> as(scope, () -> sheets.save(mine)));
        assertThrows(
                ConcurrentEditException.class,
                () -> as(scope, () -> sheets.removeLogo(first.getVersion())),
                "the logo too is saved against the version the page read");
        assertEquals("Bel ons", as(scope, sheets::form).getContact());
    }

    @Test
    void anotherInitiativesStoriesSheetAndLinksAreNotFound() {
        Tenancy.Scope a = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Tenancy.Scope b = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        long storyOfB = story(b, "Alleen van B", true);
        as(b, () -> sheets.save(form(b, List.of(storyOfB))));
        String tokenOfB = as(b, () -> sheets.publish(today().plusMonths(1)));
        FactSheetLink linkOfB = as(b, sheets::links).get(0);

        assertEquals(
                "factsheet.stories.notPublishable",
                refusal(() -> as(a, () -> sheets.save(form(a, List.of(storyOfB))))),
                "B's story id is refused in A like any story without consent");
        assertTrue(as(a, sheets::form).isNew(), "A does not see B's sheet");
        assertThrows(NotFoundException.class, () -> as(a, sheets::preview));
        assertTrue(as(a, sheets::links).isEmpty(), "A does not see B's links");
        assertThrows(
                NotFoundException.class,
                () -> as(a, () -> {
                    sheets.revoke(linkOfB.getId(), linkOfB.getVersion());
                    return null;
                }));
        assertTrue(publicSheets.open(tokenOfB).isPresent(), "B's link still opens B's sheet");
        assertEquals(
                List.of(storyOfB),
                publicSheets.open(tokenOfB).orElseThrow().storyIds(),
                "the link resolves its tenant from the token, not from any session");
    }

    @Test
    void aRevokedAnExpiredOrAMadeUpLinkOpensNothing() throws SQLException {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        as(scope, () -> sheets.save(form(scope, List.of())));
        String revoked = as(scope, () -> sheets.publish(today().plusMonths(6)));
        String expired = as(scope, () -> sheets.publish(today().plusDays(1)));
        String kept = as(scope, () -> sheets.publish(today().plusDays(1)));
        assertTrue(publicSheets.open(revoked).isPresent());

        FactSheetLink toRevoke = as(scope, sheets::links).stream()
                .filter(l -> l.getExpiresOn().equals(today().plusMonths(6)))
                .findFirst()
                .orElseThrow();
        as(scope, () -> {
            sheets.revoke(toRevoke.getId(), toRevoke.getVersion());
            return null;
        });
        expireOneDayAgo(scope.initiativeId(), expired);

        assertFalse(publicSheets.open(revoked).isPresent(), "revoked");
        assertFalse(publicSheets.open(expired).isPresent(), "expired");
        assertTrue(publicSheets.open(kept).isPresent(), "the last day still opens");
        assertFalse(publicSheets.open("x".repeat(43)).isPresent(), "well-formed but unknown");
        assertFalse(publicSheets.open("../../etc/passwd").isPresent(), "malformed");
        assertFalse(publicSheets.open(null).isPresent());
        assertEquals(
                List.of(FactSheetLink.Status.ACTIVE, FactSheetLink.Status.EXPIRED, FactSheetLink.Status.REVOKED),
                as(scope, sheets::links).stream().map(l -> l.status(today())).toList(),
                "newest first, each with its status");
    }

    // --- helpers

    /**
     * Today as the service counts it (Dutch time): between midnight in Amsterdam and midnight UTC
     * the machine's date is a day behind, and "tomorrow" would be today.
     */
    private static LocalDate today() {
        return LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam"));
    }

    /** A link's last day set to yesterday, as the application role under the link's own tenant. */
    private void expireOneDayAgo(long initiativeId, String token) throws SQLException {
        try (Connection c = database.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement tenant = c.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
                tenant.setString(1, String.valueOf(initiativeId));
                tenant.execute();
            }
            try (PreparedStatement update = c.prepareStatement(
                    "update fact_sheet_link set expires_on = current_date - 1 where token_hash = ?")) {
                update.setString(1, nl.cmostamm.portal.shared.SecretTokens.hash(token));
                assertEquals(1, update.executeUpdate());
            }
            c.commit();
        }
    }

    private static FactSheetForm form(Tenancy.Scope scope, List<Long> storyIds) {
        FactSheetForm form = new FactSheetForm();
        form.setFigures(new ArrayList<>(List.of(KeyFigure.VOLUNTEERS, KeyFigure.PARTICIPANTS, KeyFigure.STORIES)));
        form.setStoryIds(new ArrayList<>(storyIds));
        form.setContact("Dorpshuis · info@example.org");
        return form;
    }

    private long story(Tenancy.Scope scope, String title, boolean publication) {
        return publication
                ? InContainer.story(
                        stories, scope, title, Purpose.INTERNAL_LEARNING, Purpose.REPORTS, Purpose.PUBLICATION)
                : InContainer.story(stories, scope, title, Purpose.INTERNAL_LEARNING, Purpose.REPORTS);
    }

    private static <T> T as(Tenancy.Scope scope, Supplier<T> call) {
        return Tenancy.with(scope, call::get);
    }

    private static String refusal(Runnable call) {
        return assertThrows(ValidationFailure.class, call::run).getMessageKey();
    }
}
