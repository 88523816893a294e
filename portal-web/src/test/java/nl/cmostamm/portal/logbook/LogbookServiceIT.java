package nl.cmostamm.portal.logbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.goal.Computation;
import nl.cmostamm.portal.goal.Frequency;
import nl.cmostamm.portal.goal.Goal;
import nl.cmostamm.portal.goal.GoalForm;
import nl.cmostamm.portal.goal.GoalService;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.goal.IndicatorForm;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.initiative.SocietalEffect;
import nl.cmostamm.portal.initiative.TargetGroup;
import nl.cmostamm.portal.security.BoardRole;
import nl.cmostamm.portal.security.MembersService;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.shared.ConcurrentEditException;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.testing.InContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The help desk's logbook in Payara Micro against the real PostgreSQL: requests with helpers and
 * hours, the load view's overload warning, the matching helper's order, the annual overview, the
 * indicators it feeds, and what the knowledge centre's admins do not see; which societal effect
 * each category's help serves and whom a request helped, from the initiative's own lists only.
 */
@ExtendWith(ArquillianExtension.class)
class LogbookServiceIT {

    @EJB
    LogbookService logbook;

    @EJB
    GoalService goals;

    @EJB
    InitiativeService initiatives;

    @EJB
    TestAccounts accounts;

    @EJB
    MembersService members;

    @EJB
    AuditLog audit;

    private static final LocalDate TODAY = LocalDate.now();

    @Test
    void aBusyVolunteerIsFlaggedSuggestedLastAndCountedInTheYear() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        List<HelpCategory> categories = Tenancy.with(scope, logbook::categories);
        assertEquals(6, categories.size(), "a new help desk starts with the six default categories");
        HelpCategory transport = categories.get(0);
        Volunteer henk = Tenancy.with(scope, () -> logbook.saveVolunteer(volunteer("Henk", transport.getId())));
        Volunteer aaltje = Tenancy.with(scope, () -> logbook.saveVolunteer(volunteer("Aaltje", transport.getId())));
        Volunteer jan = Tenancy.with(scope, () -> logbook.saveVolunteer(volunteer("Jan")));

        for (int i = 0; i < 3; i++) {
            Tenancy.with(scope, () -> logbook.saveRequest(request("mevr. D.", transport.getId(), hours(henk, "3"))));
        }
        Tenancy.with(scope, () -> logbook.saveRequest(request("dhr. K.", transport.getId(), hours(aaltje, "1.5"))));
        HelpRequestForm referred = request("fam. B.", categories.get(4).getId(), Map.of());
        referred.setStatus(HelpStatus.REFERRED);
        referred.setReferral(Referral.MINING_DAMAGE);
        Tenancy.with(scope, () -> logbook.saveRequest(referred));

        VolunteerLoad henksLoad = Tenancy.with(scope, () -> logbook.load(TODAY)).stream()
                .filter(l -> l.volunteer().getId().equals(henk.getId()))
                .findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("9").compareTo(henksLoad.current().hours()));
        assertTrue(henksLoad.current().overloaded(), "9 hours is over the default 8 a week");

        List<String> order = Tenancy.with(scope, () -> logbook.suggestions(transport.getId(), TODAY)).stream()
                .map(s -> s.volunteer().getName())
                .toList();
        assertEquals(List.of("Aaltje", "Jan", "Henk"), order, "likes it and has time first, the overloaded last");

        AnnualOverview year = Tenancy.with(scope, () -> logbook.annual(TODAY.getYear()));
        assertEquals(5, year.requests());
        assertEquals(0, new BigDecimal("10.5").compareTo(year.hours()));
        assertEquals(2, year.activeVolunteers());
        assertEquals(Map.of(Referral.MINING_DAMAGE, 1), year.referrals());
        assertEquals(4, year.categories().get(0).requests());

        LogbookSettingsForm limits = LogbookSettingsForm.of(Tenancy.with(scope, logbook::settings));
        limits.setWeeklyHoursLimit(BigDecimal.TEN);
        Tenancy.with(scope, () -> logbook.saveSettings(limits));
        assertFalse(
                Tenancy.with(scope, () -> logbook.load(TODAY)).stream().anyMatch(VolunteerLoad::overloaded),
                "with a limit of 10 hours nobody is overloaded");
    }

    @Test
    void theLogbookFeedsIndicatorsWithoutRetyping() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        HelpCategory transport = Tenancy.with(scope, logbook::categories).get(0);
        Volunteer henk = Tenancy.with(scope, () -> logbook.saveVolunteer(volunteer("Henk")));
        Goal goal = Tenancy.with(scope, () -> goals.save(goal()));
        Indicator requests = Tenancy.with(
                scope,
                () -> goals.saveIndicator(goal.getId(), computed("Hulpvragen per jaar", Computation.LOGBOOK_REQUESTS)));
        Indicator hours = Tenancy.with(
                scope, () -> goals.saveIndicator(goal.getId(), computed("Uren per jaar", Computation.LOGBOOK_HOURS)));

        HelpRequest first = Tenancy.with(
                scope, () -> logbook.saveRequest(request("mevr. D.", transport.getId(), hours(henk, "2"))));
        Tenancy.with(scope, () -> logbook.saveRequest(request("dhr. K.", transport.getId(), hours(henk, "1.5"))));

        assertEquals(List.of("2"), values(scope, requests));
        assertEquals(List.of("3.5"), values(scope, hours));
        Tenancy.with(scope, () -> {
            logbook.deleteRequest(first.getId(), first.getVersion());
            return null;
        });
        assertEquals(List.of("1"), values(scope, requests), "a deleted request is no longer counted");
    }

    @Test
    void badInputConflictsAndOtherInitiativesAreRefused() {
        Tenancy.Scope a = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Tenancy.Scope b = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        HelpCategory transport = Tenancy.with(a, logbook::categories).get(0);
        Volunteer henk = Tenancy.with(a, () -> logbook.saveVolunteer(volunteer("Henk")));

        HelpRequestForm referredNowhere = request("mevr. D.", transport.getId(), Map.of());
        referredNowhere.setStatus(HelpStatus.REFERRED);
        assertEquals(
                "request.referral.required",
                assertThrows(ValidationFailure.class, () -> Tenancy.with(a, () -> logbook.saveRequest(referredNowhere)))
                        .getMessageKey());
        assertEquals(
                "request.hours.invalid",
                assertThrows(
                                ValidationFailure.class,
                                () -> Tenancy.with(
                                        a,
                                        () -> logbook.saveRequest(request("x", transport.getId(), hours(henk, "-1")))))
                        .getMessageKey());
        assertTrue(Tenancy.with(a, () -> logbook.week(TODAY)).isEmpty(), "refused requests leave nothing behind");

        HelpRequest saved =
                Tenancy.with(a, () -> logbook.saveRequest(request("mevr. D.", transport.getId(), hours(henk, "1"))));
        HelpRequestForm mine = HelpRequestForm.of(Tenancy.with(a, () -> logbook.request(saved.getId())));
        HelpRequestForm theirs = HelpRequestForm.of(Tenancy.with(a, () -> logbook.request(saved.getId())));
        mine.setNotes("Eerste");
        Tenancy.with(a, () -> logbook.saveRequest(mine));
        theirs.setNotes("Tweede");
        assertThrows(ConcurrentEditException.class, () -> Tenancy.with(a, () -> logbook.saveRequest(theirs)));

        assertThrows(NotFoundException.class, () -> Tenancy.with(b, () -> logbook.request(saved.getId())));
        assertThrows(NotFoundException.class, () -> Tenancy.with(b, () -> logbook.volunteer(henk.getId())));
        HelpCategory ofB = Tenancy.with(b, logbook::categories).get(0);
        assertEquals(
                "request.volunteer.invalid",
                assertThrows(
                                ValidationFailure.class,
                                () -> Tenancy.with(
                                        b, () -> logbook.saveRequest(request("x", ofB.getId(), hours(henk, "1")))))
                        .getMessageKey());
        assertEquals(
                "request.category.required",
                assertThrows(
                                ValidationFailure.class,
                                () -> Tenancy.with(
                                        b, () -> logbook.saveRequest(request("x", transport.getId(), Map.of()))))
                        .getMessageKey());
    }

    @Test
    void theKnowledgeCentresAdminsSeeVolunteersWithoutTheirContactDetails() {
        Tenancy.Scope admin = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Volunteer saved = Tenancy.with(admin, () -> {
            VolunteerForm v = volunteer("Grietje");
            v.setPhone("06-12345678");
            return logbook.saveVolunteer(v);
        });

        Volunteer seen = Tenancy.with(admin, () -> logbook.volunteer(saved.getId()));
        assertNull(seen.getPhone());
        assertNull(Tenancy.with(admin, logbook::volunteers).get(0).getPhone());
        VolunteerForm edited = VolunteerForm.of(seen);
        edited.setName("Grietje Mulder");
        Tenancy.with(admin, () -> logbook.saveVolunteer(edited));

        String email = InContainer.uniqueEmail("bestuur");
        Tenancy.with(admin, () -> members.invite(email, "Bestuur", BoardRole.BOARD_ADMIN));
        Tenancy.Scope board = new Tenancy.Scope(accounts.idOf(email), admin.initiativeId());
        Volunteer forTheBoard = Tenancy.with(board, () -> logbook.volunteer(saved.getId()));
        assertEquals("Grietje Mulder", forTheBoard.getName());
        assertEquals(
                "06-12345678", forTheBoard.getPhone(), "the admin's save did not wipe what the admin could not see");
    }

    /**
     * As a story's text, a volunteer's phone number and address are shown on one page only, the
     * volunteer's own, never in a list; every read of that page that holds them is audited, naming
     * the volunteer by number and never the details.
     */
    @Test
    void aVolunteersContactDetailsAreShownOnTheirOwnPageOnlyAndEachReadIsAudited() {
        Tenancy.Scope admin = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        String email = InContainer.uniqueEmail("bestuur");
        Tenancy.with(admin, () -> members.invite(email, "Bestuur", BoardRole.BOARD_ADMIN));
        Tenancy.Scope board = new Tenancy.Scope(accounts.idOf(email), admin.initiativeId());
        Volunteer saved = Tenancy.with(board, () -> {
            VolunteerForm v = volunteer("Jantje Smit");
            v.setPhone("06-87654321");
            return logbook.saveVolunteer(v);
        });

        assertNull(
                Tenancy.with(board, logbook::volunteers).get(0).getPhone(),
                "a list shows no contact details, not even to the board");
        assertNull(Tenancy.with(board, () -> logbook.load(TODAY))
                .get(0)
                .volunteer()
                .getPhone());
        assertEquals(0, contactReads(board, saved), "lists are not reads of the details");

        assertEquals(
                "06-87654321",
                Tenancy.with(board, () -> logbook.volunteer(saved.getId())).getPhone());
        Tenancy.with(board, () -> logbook.volunteer(saved.getId()));
        assertEquals(2, contactReads(board, saved), "every read of the page is one entry");
        Tenancy.with(admin, () -> logbook.volunteer(saved.getId()));
        assertEquals(2, contactReads(board, saved), "the admin is shown no details, so reads none");
        assertTrue(
                Tenancy.with(board, () -> audit.page(0, 100)).stream()
                        .filter(e -> e.getAction() == AuditAction.READ)
                        .noneMatch(e ->
                                e.getSummary().contains("06-") || e.getSummary().contains("Jantje")),
                "the log says what was read, never the details");
    }

    private long contactReads(Tenancy.Scope scope, Volunteer volunteer) {
        return Tenancy.with(scope, () -> audit.page(0, 100)).stream()
                .filter(e -> e.getAction() == AuditAction.READ
                        && "volunteer".equals(e.getSubjectType())
                        && volunteer.getId().equals(e.getSubjectId()))
                .count();
    }

    @Test
    void aVolunteersPersonalDataCanBeRemovedWhileTheirHoursStillCount() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        HelpCategory transport = Tenancy.with(scope, logbook::categories).get(0);
        Volunteer helped = Tenancy.with(scope, () -> {
            VolunteerForm v = volunteer("Hilje Visser", transport.getId());
            v.setEmail("hilje@example.nl");
            return logbook.saveVolunteer(v);
        });
        Volunteer never = Tenancy.with(scope, () -> logbook.saveVolunteer(volunteer("Berend Post")));
        Tenancy.with(scope, () -> logbook.saveRequest(request("mevr. D.", transport.getId(), hours(helped, "2"))));

        assertTrue(
                Tenancy.with(
                        scope,
                        () -> logbook.removeVolunteer(
                                helped.getId(),
                                Tenancy.with(scope, () -> logbook.volunteer(helped.getId()))
                                        .getVersion())),
                "one who helped is anonymised");
        assertFalse(
                Tenancy.with(scope, () -> logbook.removeVolunteer(never.getId(), never.getVersion())),
                "one who never helped is deleted");

        List<Volunteer> left = Tenancy.with(scope, logbook::volunteers);
        assertEquals(1, left.size());
        assertEquals("Oud-vrijwilliger " + helped.getId(), left.get(0).getName());
        assertNull(left.get(0).getEmail());
        assertTrue(left.get(0).getAffinities().isEmpty());
        AnnualOverview year = Tenancy.with(scope, () -> logbook.annual(TODAY.getYear()));
        assertEquals(0, new BigDecimal("2").compareTo(year.hours()), "the hours still count");
        assertEquals(1, year.activeVolunteers());
    }

    @Test
    void categoriesServeAnEffectAndARequestNamesWhomItHelped() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        List<SocietalEffect> effects =
                InContainer.effects(initiatives, scope, "Leefbaarheid & socialiseren", "Autonomie & meedoen");
        List<CategoryEffectForm> rows = Tenancy.with(scope, logbook::categoryEffects);
        assertTrue(rows.stream().allMatch(r -> r.getEffectId() == null), "no effect until a board admin says");
        rows.get(0).setEffectId(effects.get(1).getId());
        rows.get(3).setEffectId(effects.get(0).getId());

        Tenancy.with(scope, () -> logbook.saveCategoryEffects(rows));

        List<CategoryEffectForm> read = Tenancy.with(scope, logbook::categoryEffects);
        assertEquals(effects.get(1).getId(), read.get(0).getEffectId());
        assertEquals(effects.get(0).getId(), read.get(3).getEffectId());
        assertNull(read.get(1).getEffectId());

        TargetGroup carers = Tenancy.with(scope, initiatives::targetGroups).get(2);
        HelpRequestForm form = request("mevr. D.", read.get(0).getId(), Map.of());
        form.setTargetGroupId(carers.getId());
        HelpRequest saved = Tenancy.with(scope, () -> logbook.saveRequest(form));
        HelpRequestForm again = HelpRequestForm.of(Tenancy.with(scope, () -> logbook.request(saved.getId())));
        assertEquals(carers.getId(), again.getTargetGroupId());
        assertEquals(
                carers.getName(),
                Tenancy.with(scope, () -> logbook.week(TODAY))
                        .get(0)
                        .getTargetGroup()
                        .getName(),
                "the week's list has it loaded");
        again.setTargetGroupId(null);
        Tenancy.with(scope, () -> logbook.saveRequest(again));
        assertNull(
                Tenancy.with(scope, () -> logbook.request(saved.getId())).getTargetGroup(),
                "a request need not say whom it helped");
    }

    @Test
    void anotherInitiativesEffectOrTargetGroupIsRefusedAndChangesNothing() {
        Tenancy.Scope a = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Tenancy.Scope b = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        SocietalEffect ofA =
                InContainer.effects(initiatives, a, "Autonomie & meedoen").get(0);
        SocietalEffect ofB = InContainer.effects(initiatives, b, "Elders").get(0);
        TargetGroup groupOfB = Tenancy.with(b, initiatives::targetGroups).get(0);

        List<CategoryEffectForm> rows = Tenancy.with(a, logbook::categoryEffects);
        rows.get(0).setEffectId(ofA.getId());
        rows.get(1).setEffectId(ofB.getId());
        ValidationFailure effect =
                assertThrows(ValidationFailure.class, () -> Tenancy.with(a, () -> logbook.saveCategoryEffects(rows)));
        assertEquals("logbook.categoryEffect.invalid", effect.getMessageKey());
        assertEquals("effects", effect.getField());
        assertEquals(ofB.getId(), rows.get(1).getEffectId(), "what the user chose is left as it was");
        assertTrue(
                Tenancy.with(a, logbook::categoryEffects).stream().allMatch(r -> r.getEffectId() == null),
                "not even the valid row was saved");

        HelpRequestForm request = request("dhr. K.", rows.get(0).getId(), Map.of());
        request.setTargetGroupId(groupOfB.getId());
        ValidationFailure group =
                assertThrows(ValidationFailure.class, () -> Tenancy.with(a, () -> logbook.saveRequest(request)));
        assertEquals("request.targetGroup.invalid", group.getMessageKey());
        assertEquals("targetGroup", group.getField());
        assertTrue(Tenancy.with(a, () -> logbook.week(TODAY)).isEmpty(), "the refused request left nothing behind");

        List<CategoryEffectForm> theirs = Tenancy.with(a, logbook::categoryEffects);
        assertThrows(
                NotFoundException.class,
                () -> Tenancy.with(b, () -> logbook.saveCategoryEffects(theirs)),
                "another initiative's categories are not found");
    }

    @Test
    void aCategoryLinkedSinceTheRowsWereReadIsAConflict() {
        Tenancy.Scope scope = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        List<SocietalEffect> effects =
                InContainer.effects(initiatives, scope, "Leefbaarheid & socialiseren", "Autonomie & meedoen");
        List<CategoryEffectForm> mine = Tenancy.with(scope, logbook::categoryEffects);
        List<CategoryEffectForm> theirs = Tenancy.with(scope, logbook::categoryEffects);

        mine.get(2).setEffectId(effects.get(0).getId());
        List<CategoryEffectForm> saved = Tenancy.with(scope, () -> logbook.saveCategoryEffects(mine));
        theirs.get(0).setEffectId(effects.get(1).getId());
        theirs.get(2).setEffectId(effects.get(1).getId());

        assertThrows(
                ConcurrentEditException.class, () -> Tenancy.with(scope, () -> logbook.saveCategoryEffects(theirs)));
        List<CategoryEffectForm> read = Tenancy.with(scope, logbook::categoryEffects);
        assertEquals(effects.get(0).getId(), read.get(2).getEffectId(), "the first save stands");
        assertNull(read.get(0).getEffectId(), "and nothing of the second, not even its row that was current");
        saved.get(2).setEffectId(effects.get(1).getId());
        Tenancy.with(scope, () -> logbook.saveCategoryEffects(saved));
        assertEquals(
                effects.get(1).getId(),
                Tenancy.with(scope, logbook::categoryEffects).get(2).getEffectId(),
                "the rows a save returns carry the new versions");
    }

    private List<String> values(Tenancy.Scope scope, Indicator indicator) {
        return Tenancy.with(scope, goals::overview).stream()
                .flatMap(g -> g.indicators().stream())
                .filter(i -> i.indicator().getId().equals(indicator.getId()))
                .findFirst()
                .orElseThrow()
                .points()
                .stream()
                .map(p -> p.value().stripTrailingZeros().toPlainString())
                .toList();
    }

    private static VolunteerForm volunteer(String name, Long... affinityIds) {
        VolunteerForm volunteer = new VolunteerForm();
        volunteer.setName(name);
        volunteer.setAffinityIds(List.of(affinityIds));
        return volunteer;
    }

    private static HelpRequestForm request(String requester, Long categoryId, Map<Long, BigDecimal> hours) {
        HelpRequestForm request = new HelpRequestForm();
        request.setRequestedOn(TODAY);
        request.setRequester(requester);
        request.setCategoryId(categoryId);
        request.setHours(hours);
        return request;
    }

    private static Map<Long, BigDecimal> hours(Volunteer volunteer, String hours) {
        Map<Long, BigDecimal> map = new LinkedHashMap<>();
        map.put(volunteer.getId(), new BigDecimal(hours));
        return map;
    }

    private static GoalForm goal() {
        GoalForm form = new GoalForm();
        form.setTitle("Hulp dichtbij");
        return form;
    }

    private static IndicatorForm computed(String name, Computation computation) {
        IndicatorForm indicator = new IndicatorForm();
        indicator.setName(name);
        indicator.setComputedFrom(computation);
        indicator.setFrequency(Frequency.YEARLY);
        return indicator;
    }
}
