package nl.cmostamm.portal.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import nl.cmostamm.portal.audit.AuditEntry;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.initiative.InitiativeService;
import nl.cmostamm.portal.logbook.HelpCategory;
import nl.cmostamm.portal.logbook.HelpRequestForm;
import nl.cmostamm.portal.logbook.LogbookService;
import nl.cmostamm.portal.logbook.Volunteer;
import nl.cmostamm.portal.logbook.VolunteerForm;
import nl.cmostamm.portal.security.AdvisorService;
import nl.cmostamm.portal.security.BoardRole;
import nl.cmostamm.portal.security.MembersService;
import nl.cmostamm.portal.security.TestAccounts;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.story.Story;
import nl.cmostamm.portal.story.StoryForm;
import nl.cmostamm.portal.story.StoryService;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.testing.InContainer;
import nl.cmostamm.portal.testing.TestRows;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person's data in Payara Micro against the real PostgreSQL: one person, Hilje, is a volunteer
 * with contact details and hours in initiative A, has a namesake volunteer and a story about her in
 * initiative B, and sits on A's board with an account. The knowledge centre's admin finds all of it
 * across both initiatives (and no one else may search), exports exactly what was ticked, and erases
 * it: no row keeps her name or address, the hours she gave still add up, the audit records of the
 * request hold no erased value, and a second erasure changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
class PersonDataIT {

    private static final LocalDate TODAY = LocalDate.now();

    @EJB
    PersonDataService personData;

    @EJB
    LogbookService logbook;

    @EJB
    StoryService stories;

    @EJB
    MembersService members;

    @EJB
    AdvisorService advisors;

    @EJB
    AuditLog audit;

    @EJB
    InitiativeService initiatives;

    @EJB
    TestAccounts accounts;

    @EJB
    TestRows rows;

    /** Hilje's world: two initiatives, her records in both, and the admin who handles her request. */
    private record World(
            Tenancy.Scope a,
            Tenancy.Scope b,
            Tenancy.Scope admin,
            String name,
            String email,
            long volunteerInA,
            long namesakeInB,
            long storyInB,
            long accountId) {}

    private World world() {
        Tenancy.Scope a = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        Tenancy.Scope b = InContainer.newInitiativeAsAdmin(accounts, initiatives);
        // names are searched across every initiative of the shared test database: make hers unique
        String name = "Hilje " + letters();
        String email = "hilje-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";

        HelpCategory transport = Tenancy.with(a, logbook::categories).get(0);
        Volunteer inA = Tenancy.with(a, () -> logbook.saveVolunteer(volunteer(name, email, "06-12345678", transport)));
        Tenancy.with(a, () -> logbook.saveRequest(request("mevr. D.", transport, inA, "2.5")));
        Tenancy.with(a, () -> logbook.saveRequest(request("dhr. K.", transport, inA, "1.5")));

        HelpCategory transportB = Tenancy.with(b, logbook::categories).get(0);
        Volunteer inB = Tenancy.with(b, () -> logbook.saveVolunteer(volunteer(name, null, null, transportB)));
        StoryForm form = InContainer.storyForm("Weer onder de mensen " + letters());
        form.setBody("Sinds " + name + " bij ons komt, gaat ze weer wandelen.");
        Story story = Tenancy.with(b, () -> stories.save(form));

        Tenancy.with(a, () -> members.invite(email, name, BoardRole.BOARD_MEMBER));
        long account = accounts.idOf(email);
        return new World(
                a,
                b,
                new Tenancy.Scope(a.accountId(), null),
                name,
                email,
                inA.getId(),
                inB.getId(),
                story.getId(),
                account);
    }

    @Test
    void theAdminFindsThePersonAcrossBothInitiativesAndOutsideThem() {
        World w = world();

        List<Candidate> found =
                Tenancy.with(w.admin(), () -> personData.search("AVG-1", PersonQuery.of(w.name(), null)));

        assertTrue(has(found, w.a(), RecordKind.VOLUNTEER, w.volunteerInA()), found.toString());
        assertTrue(has(found, w.b(), RecordKind.VOLUNTEER, w.namesakeInB()), "the namesake in B is a candidate too");
        assertTrue(has(found, w.b(), RecordKind.STORY, w.storyInB()), "a story that names her");
        assertTrue(has(found, null, RecordKind.ACCOUNT, w.accountId()), "her account");
        assertTrue(
                found.stream()
                        .anyMatch(c -> c.ref().kind() == RecordKind.BOARD_SEAT
                                && w.a().initiativeId().equals(c.ref().initiativeId())),
                "her seat on A's board, through the account");
        assertTrue(
                found.stream().anyMatch(c -> c.ref().kind() == RecordKind.INVITATION),
                "the invitation link of her account");
        Candidate volunteer = only(found, w.a(), RecordKind.VOLUNTEER, w.volunteerInA());
        assertEquals(w.name(), volunteer.label());
        assertFalse(volunteer.detail().contains(w.email()), "the address is masked before anything is ticked");
        assertNotNull(volunteer.initiativeName());

        List<Candidate> byAddress = Tenancy.with(
                w.admin(),
                () -> personData.search("AVG-1", PersonQuery.of(null, w.email().toUpperCase(Locale.ROOT))));
        assertEquals(
                Candidate.Match.EMAIL,
                only(byAddress, w.a(), RecordKind.VOLUNTEER, w.volunteerInA()).matchedOn());
        assertFalse(has(byAddress, w.b(), RecordKind.VOLUNTEER, w.namesakeInB()), "the namesake has no address");

        // a search is an inspection: recorded for the knowledge centre, and in A's log without her name
        assertTrue(requests(w).stream().anyMatch(r -> r.getKind() == RequestKind.INSPECTION));
        assertTrue(auditOf(w.a()).stream().anyMatch(e -> "personData".equals(e.getSubjectType())));
    }

    @Test
    void aBoardMemberAndAnAdvisorAreRefused() {
        World w = world();
        String boardAdminEmail = InContainer.uniqueEmail("voorzitter");
        Tenancy.with(w.a(), () -> members.invite(boardAdminEmail, "Voorzitter", BoardRole.BOARD_ADMIN));
        Tenancy.Scope boardAdmin = new Tenancy.Scope(accounts.idOf(boardAdminEmail), w.a().initiativeId());
        String advisorEmail = InContainer.uniqueEmail("adviseur");
        Tenancy.with(w.a(), () -> advisors.addAdvisor(advisorEmail, "Adviseur"));
        long advisorId = accounts.idOf(advisorEmail);
        Tenancy.with(w.a(), () -> {
            advisors.assign(advisorId);
            return null;
        });
        Tenancy.Scope advisor = new Tenancy.Scope(advisorId, w.a().initiativeId());
        PersonQuery query = PersonQuery.of(w.name(), null);
        RecordRef volunteer = new RecordRef(w.a().initiativeId(), RecordKind.VOLUNTEER, w.volunteerInA());

        for (Tenancy.Scope refused : List.of(boardAdmin, advisor, new Tenancy.Scope(advisorId, null))) {
            assertThrows(
                    AccessDeniedException.class, () -> Tenancy.with(refused, () -> personData.search("AVG-2", query)));
            assertThrows(
                    AccessDeniedException.class,
                    () -> Tenancy.with(
                            refused,
                            () -> personData.export(
                                    "AVG-2", query, List.of(volunteer), PersonDataRequest.Format.JSON)));
            assertThrows(
                    AccessDeniedException.class,
                    () -> Tenancy.with(refused, () -> personData.erase("AVG-2", query, List.of(volunteer))));
            assertThrows(AccessDeniedException.class, () -> Tenancy.with(refused, () -> personData.requests(0, 10)));
        }
        assertEquals(
                "Hilje",
                Tenancy.with(w.a(), () -> logbook.volunteer(w.volunteerInA()))
                        .getName()
                        .substring(0, 5),
                "nothing was erased by the refused calls");
        assertEquals(
                0,
                Tenancy.with(
                        w.admin(),
                        () -> rows.run("select count(*) from person_data_request where reference = 'AVG-2'")),
                "and nothing recorded");
    }

    @Test
    void theExportHoldsEveryTickedRecordAndNothingElseAndIsRecorded() {
        World w = world();
        PersonQuery query = PersonQuery.of(w.name(), w.email());
        String reference = "AVG-EXP-" + letters();
        List<Candidate> found = Tenancy.with(w.admin(), () -> personData.search(reference, query));
        List<RecordRef> ticked = List.of(
                only(found, w.a(), RecordKind.VOLUNTEER, w.volunteerInA()).ref(),
                only(found, w.b(), RecordKind.STORY, w.storyInB()).ref(),
                only(found, null, RecordKind.ACCOUNT, w.accountId()).ref());

        PersonDataset data = Tenancy.with(
                w.admin(), () -> personData.export(reference, query, ticked, PersonDataRequest.Format.JSON));

        assertEquals(reference, data.reference());
        assertEquals(
                Set.copyOf(ticked),
                Set.copyOf(data.records().stream().map(PersonRecord::ref).toList()),
                "exactly the ticked records");
        PersonRecord volunteer = record(data, RecordKind.VOLUNTEER);
        assertEquals(w.name(), volunteer.fields().get("name"));
        assertEquals(w.email(), volunteer.fields().get("email"));
        assertEquals("06-12345678", volunteer.fields().get("phone"), "contact details are in the person's own export");
        List<?> help = (List<?>) volunteer.fields().get("helpGiven");
        assertEquals(2, help.size(), "both requests she helped with");
        assertTrue(((String) record(data, RecordKind.STORY).fields().get("body")).contains(w.name()));
        assertEquals(w.email(), record(data, RecordKind.ACCOUNT).fields().get("email"));
        assertFalse(
                data.records().stream().anyMatch(r -> r.ref().id() == w.namesakeInB()),
                "the unticked namesake is not in it");

        PersonDataRequest recorded = requests(w).stream()
                .filter(r -> r.getReference().equals(reference) && r.getKind() == RequestKind.EXPORT)
                .findFirst()
                .orElseThrow();
        assertEquals(PersonDataRequest.Format.JSON, recorded.getFormat());
        assertEquals(Map.of(RecordKind.VOLUNTEER, 1, RecordKind.STORY, 1, RecordKind.ACCOUNT, 1), recorded.getCounts());
        assertEquals(2, recorded.getInitiatives());
        List<AuditEntry> inA = auditOf(w.a());
        assertTrue(
                inA.stream()
                        .anyMatch(e -> "personData".equals(e.getSubjectType())
                                && e.getSummary().contains("geëxporteerd")
                                && e.getSummary().contains(reference)),
                "A's log says its data was exported");
        assertTrue(
                inA.stream()
                        .anyMatch(e -> "volunteer".equals(e.getSubjectType())
                                && e.getSubjectId() == w.volunteerInA()
                                && e.getAction() == nl.cmostamm.portal.audit.AuditAction.EXPORT),
                "the export of a volunteer's contact details is audited as its own entry");
        assertTrue(
                auditOf(w.b()).stream().anyMatch(e -> "personData".equals(e.getSubjectType())),
                "so does B's, for the story");
    }

    @Test
    void erasureLeavesNoTraceOfNameOrAddressWhileTheHoursStillAddUpAndIsIdempotent() {
        World w = world();
        PersonQuery query = PersonQuery.of(w.name(), w.email());
        String reference = "AVG-DEL-" + letters();
        BigDecimal hoursBefore =
                Tenancy.with(w.a(), () -> logbook.annual(TODAY.getYear())).hours();
        List<Candidate> found = Tenancy.with(w.admin(), () -> personData.search(reference, query));
        List<RecordRef> ticked = new ArrayList<>();
        ticked.add(only(found, w.a(), RecordKind.VOLUNTEER, w.volunteerInA()).ref());
        ticked.add(only(found, w.b(), RecordKind.STORY, w.storyInB()).ref());
        ticked.add(only(found, null, RecordKind.ACCOUNT, w.accountId()).ref());

        ErasureReport report = Tenancy.with(w.admin(), () -> personData.erase(reference, query, ticked));

        assertTrue(report.complete());
        assertEquals(1, report.erased().get(RecordKind.VOLUNTEER));
        assertEquals(1, report.erased().get(RecordKind.STORY));
        assertEquals(1, report.erased().get(RecordKind.ACCOUNT));
        assertEquals(1, report.erased().get(RecordKind.BOARD_SEAT), "her seat went with her account");

        // no row of hers keeps her name or address
        String name = "%" + w.name().toLowerCase(Locale.ROOT) + "%";
        assertEquals(
                0,
                count(
                        w.a(),
                        "select count(*) from volunteer where lower(name) like ? or lower(coalesce(email, '')) = ?",
                        name,
                        w.email()),
                "no volunteer of A keeps her name or address");
        assertEquals(
                0,
                count(
                        w.a(),
                        "select count(*) from volunteer where id = ? and (email is not null or phone is not null)",
                        w.volunteerInA()));
        assertEquals(
                "Oud-vrijwilliger " + w.volunteerInA(),
                Tenancy.with(w.a(), () -> logbook.volunteer(w.volunteerInA())).getName());
        assertEquals(0, count(w.b(), "select count(*) from story where id = ?", w.storyInB()), "the story is gone");
        assertEquals(
                1,
                count(w.b(), "select count(*) from volunteer where id = ?", w.namesakeInB()),
                "the unticked namesake stays");
        assertEquals(
                0,
                rows.run(
                        "select count(*) from account where id = ? and (lower(display_name) like ? or email = ?"
                                + " or active or password_hash is not null)",
                        w.accountId(),
                        name,
                        w.email()),
                "the account is blanked and inactive");
        assertEquals(1, rows.run("select count(*) from account where id = ?", w.accountId()), "but still there");
        assertEquals(0, rows.run("select count(*) from auth_token where account_id = ?", w.accountId()));
        assertEquals(
                0,
                count(w.a(), "select count(*) from board_membership where account_id = ?", w.accountId()),
                "no seat left");

        // her hours still count, anonymously
        assertEquals(
                0,
                hoursBefore.compareTo(Tenancy.with(w.a(), () -> logbook.annual(TODAY.getYear()))
                        .hours()));
        assertEquals(
                2,
                count(w.a(), "select count(*) from help_assignment where volunteer_id = ?", w.volunteerInA()),
                "the help she gave stays with the anonymised volunteer");

        // the audit records of the request hold no erased value: neither the initiatives' logs nor the centre's
        for (Tenancy.Scope initiative : List.of(w.a(), w.b())) {
            // B's namesake was not ticked: she is someone else, and her entries keep her name
            assertEquals(
                    0,
                    count(
                            initiative,
                            "select count(*) from audit_entry where (lower(coalesce(summary, '')) like ?"
                                    + " or lower(coalesce(summary, '')) like ?)"
                                    + " and not (subject_type = 'volunteer' and subject_id = ?)",
                            name,
                            "%" + w.email() + "%",
                            w.namesakeInB()),
                    "no summary in the log names her any more: "
                            + auditOf(initiative).stream()
                                    .map(AuditEntry::getSummary)
                                    .toList());
        }
        assertTrue(
                auditOf(w.a()).stream()
                        .anyMatch(e -> "personData".equals(e.getSubjectType())
                                && e.getAction() == nl.cmostamm.portal.audit.AuditAction.DELETE
                                && e.getSummary().contains(reference)),
                "A's log says personal data was erased, with the reference");
        assertTrue(
                auditOf(w.a()).stream()
                        .filter(e -> "volunteer".equals(e.getSubjectType()) && e.getSubjectId() == w.volunteerInA())
                        .allMatch(e -> !e.getSummary().contains("Hilje")),
                "the volunteer's earlier entries lost her name");
        List<PersonDataRequest> recorded = requests(w).stream()
                .filter(r -> r.getReference().equals(reference))
                .toList();
        assertTrue(recorded.stream().anyMatch(r -> r.getKind() == RequestKind.ERASURE && r.isComplete()));
        assertEquals(
                0,
                Tenancy.with(
                        w.admin(),
                        () -> rows.run(
                                "select count(*) from person_data_request where lower(reference || ' ' || counts) like ?"
                                        + " or lower(reference || ' ' || counts) like ?",
                                name,
                                "%" + w.email() + "%")),
                "the centre's records hold counts and the reference only");

        // a second run finds everything erased already and changes nothing
        ErasureReport again = Tenancy.with(w.admin(), () -> personData.erase(reference, query, ticked));
        assertTrue(again.complete());
        assertEquals(0, again.erasedTotal());
        assertEquals(Map.of(RecordKind.VOLUNTEER, 1, RecordKind.STORY, 1, RecordKind.ACCOUNT, 1), again.alreadyGone());
        assertEquals(
                0,
                hoursBefore.compareTo(Tenancy.with(w.a(), () -> logbook.annual(TODAY.getYear()))
                        .hours()));

        // and a new search finds nothing of her
        List<Candidate> after = Tenancy.with(w.admin(), () -> personData.search(reference, query));
        assertFalse(has(after, w.a(), RecordKind.VOLUNTEER, w.volunteerInA()), after.toString());
        assertFalse(has(after, null, RecordKind.ACCOUNT, w.accountId()), after.toString());
    }

    @Test
    void theAdminCannotEraseTheirOwnAccountNorNameThePersonInTheReference() {
        World w = world();
        PersonQuery query = PersonQuery.of(w.name(), null);
        RecordRef self = new RecordRef(null, RecordKind.ACCOUNT, w.admin().accountId());

        assertEquals(
                "person.erase.self",
                assertThrows(
                                ValidationFailure.class,
                                () -> Tenancy.with(w.admin(), () -> personData.erase("AVG-3", query, List.of(self))))
                        .getMessageKey());
        assertEquals(
                "person.reference.personal",
                assertThrows(
                                ValidationFailure.class,
                                () -> Tenancy.with(
                                        w.admin(),
                                        () -> personData.search(w.name().split(" ")[1] + "-1", query)))
                        .getMessageKey());
    }

    // ----

    private static VolunteerForm volunteer(String name, String email, String phone, HelpCategory likes) {
        VolunteerForm volunteer = new VolunteerForm();
        volunteer.setName(name);
        volunteer.setEmail(email);
        volunteer.setPhone(phone);
        volunteer.setActive(true);
        volunteer.setAffinityIds(List.of(likes.getId()));
        return volunteer;
    }

    private static HelpRequestForm request(String requester, HelpCategory category, Volunteer helper, String hours) {
        HelpRequestForm request = new HelpRequestForm();
        request.setRequestedOn(TODAY);
        request.setRequester(requester);
        request.setCategoryId(category.getId());
        Map<Long, BigDecimal> given = new LinkedHashMap<>();
        given.put(helper.getId(), new BigDecimal(hours));
        request.setHours(given);
        return request;
    }

    private static boolean has(List<Candidate> found, Tenancy.Scope initiative, RecordKind kind, long id) {
        return found.stream().anyMatch(matching(initiative, kind, id));
    }

    private static Candidate only(List<Candidate> found, Tenancy.Scope initiative, RecordKind kind, long id) {
        return found.stream()
                .filter(matching(initiative, kind, id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(kind + " " + id + " not among " + found));
    }

    private static Predicate<Candidate> matching(Tenancy.Scope initiative, RecordKind kind, long id) {
        Long initiativeId = initiative == null ? null : initiative.initiativeId();
        return c -> c.ref().kind() == kind
                && c.ref().id() == id
                && java.util.Objects.equals(c.ref().initiativeId(), initiativeId);
    }

    private List<AuditEntry> auditOf(Tenancy.Scope initiative) {
        return Tenancy.with(initiative, () -> audit.page(0, 100));
    }

    private List<PersonDataRequest> requests(World w) {
        return Tenancy.with(w.admin(), () -> personData.requests(0, 100));
    }

    /** A count (or other whole number) read in the initiative's tenancy, row-level security and all. */
    private long count(Tenancy.Scope initiative, String sql, Object... parameters) {
        return Tenancy.with(initiative, () -> rows.run(sql, parameters));
    }

    private static PersonRecord record(PersonDataset data, RecordKind kind) {
        return data.records().stream()
                .filter(r -> r.ref().kind() == kind)
                .findFirst()
                .orElseThrow(() -> new AssertionError(kind + " not in " + data.records()));
    }

    /** Eight letters, for names that no other test's data shares. */
    private static String letters() {
        StringBuilder b = new StringBuilder();
        for (char c : UUID.randomUUID().toString().replace("-", "").toCharArray()) {
            b.append((char) ('a' + Character.digit(c, 16) % 26));
            if (b.length() == 8) {
                break;
            }
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }
}
