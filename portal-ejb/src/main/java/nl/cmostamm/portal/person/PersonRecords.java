package nl.cmostamm.portal.person;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.logbook.LogbookService;
import nl.cmostamm.portal.logbook.Volunteer;
import nl.cmostamm.portal.person.Candidate.Match;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.story.StoryService;
import nl.cmostamm.portal.tenant.Tenancy;
import org.eclipse.persistence.config.QueryHints;

/**
 * The work of {@link PersonDataService} in one transaction each: finding, reading and erasing a
 * person's records either in the entered initiative (its tenancy, so row-level security shows and
 * changes that initiative's rows only) or, outside any initiative, in the tables that belong to no
 * initiative (accounts, their links and browsers, workshop participants). Only that service calls
 * these methods; it has checked that the caller is a knowledge-centre admin.
 *
 * <p>Plain SQL, because one request touches a dozen tables of as many features and only needs a few
 * columns of each; every statement still names the initiative it means, as the portfolio's do, and
 * the database's policies hold it to the tenant. Where a feature has a rule of its own for removing
 * a person (the logbook's anonymisation of a volunteer), that rule is called rather than repeated.
 */
@Stateless
@Guarded
public class PersonRecords {

    /** The subject of the audit entries a request leaves in an initiative's log. */
    static final String PERSON_DATA = "personData";

    private static final String ESCAPE = " escape '\\'";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    AuditLog audit;

    @EJB
    LogbookService logbook;

    /** Every initiative by id with its name: all of them, as row-level security shows them to an admin. */
    @Allow(Caller.SERVICE)
    public Map<Long, String> initiatives() {
        Map<Long, String> all = new LinkedHashMap<>();
        for (Object[] row : rows("select id, name from initiative order by lower(name), id")) {
            all.put(number(row[0]), (String) row[1]);
        }
        return all;
    }

    // --- outside any initiative: accounts, their links and browsers, workshop participants ---

    @Allow(Caller.SERVICE)
    public List<Candidate> findOutsideInitiatives(PersonQuery query) {
        List<Candidate> found = new ArrayList<>();
        for (Object[] row : rows(
                "select id, display_name, email, active from account"
                        + " where ((?1 <> '' and lower(display_name) like ?1" + ESCAPE
                        + ") or (?2 <> '' and email = ?2))"
                        + " and email not like '%@geanonimiseerd.invalid' order by lower(display_name), id",
                query.namePattern(),
                query.exactEmail())) {
            long id = number(row[0]);
            Match match = query.exactEmail().equals(row[2]) ? Match.EMAIL : Match.NAME;
            found.add(new Candidate(
                    new RecordRef(null, RecordKind.ACCOUNT, id),
                    null,
                    (String) row[1],
                    Anonymisation.maskEmail((String) row[2]),
                    match));
            for (Object[] token : rows(
                    "select id, purpose, created_at from auth_token where account_id = ?1 order by created_at", id)) {
                found.add(new Candidate(
                        new RecordRef(null, RecordKind.INVITATION, number(token[0])),
                        null,
                        (String) row[1],
                        token[1] + " " + text(token[2]),
                        Match.ACCOUNT));
            }
            for (Object[] device :
                    rows("select id, last_used_at from trusted_device where account_id = ?1 order by created_at", id)) {
                found.add(new Candidate(
                        new RecordRef(null, RecordKind.TRUSTED_DEVICE, number(device[0])),
                        null,
                        (String) row[1],
                        text(device[1]),
                        Match.ACCOUNT));
            }
        }
        for (Object[] row : rows(
                "select p.id, p.display_name, s.title,"
                        + " to_char(s.starts_at at time zone 'Europe/Amsterdam', 'DD-MM-YYYY HH24:MI') from workshop_participant p"
                        + " join workshop_session s on s.id = p.session_id"
                        + " where ?1 <> '' and lower(p.display_name) like ?1" + ESCAPE + " order by s.starts_at, p.id",
                query.namePattern())) {
            found.add(new Candidate(
                    new RecordRef(null, RecordKind.WORKSHOP_PARTICIPANT, number(row[0])),
                    null,
                    (String) row[1],
                    row[2] + " · " + text(row[3]),
                    Match.NAME));
        }
        return found;
    }

    @Allow(Caller.SERVICE)
    public List<PersonRecord> readOutsideInitiatives(Collection<RecordRef> refs) {
        List<PersonRecord> read = new ArrayList<>();
        for (RecordRef ref : refs) {
            Map<String, Object> fields = switch (ref.kind()) {
                case ACCOUNT ->
                    first(
                            "select id, email, display_name, preferred_language, active, admin, advisor,"
                                    + " password_hash is not null, failed_logins, locked_until, created_at"
                                    + " from account where id = ?1",
                            List.of(
                                    "id",
                                    "email",
                                    "name",
                                    "language",
                                    "active",
                                    "admin",
                                    "advisor",
                                    "hasPassword",
                                    "failedLogins",
                                    "lockedUntil",
                                    "createdAt"),
                            ref.id());
                case INVITATION ->
                    first(
                            "select id, account_id, purpose, created_at, expires_at, used_at from auth_token where id = ?1",
                            List.of("id", "account", "purpose", "createdAt", "expiresAt", "usedAt"),
                            ref.id());
                case TRUSTED_DEVICE ->
                    first(
                            "select id, account_id, created_at, last_used_at, failed_logins from trusted_device where id = ?1",
                            List.of("id", "account", "createdAt", "lastUsedAt", "failedLogins"),
                            ref.id());
                case WORKSHOP_PARTICIPANT -> participant(ref.id());
                default -> throw new IllegalArgumentException("Not outside an initiative: " + ref);
            };
            if (fields != null) {
                read.add(new PersonRecord(ref, null, fields));
            }
        }
        return read;
    }

    private Map<String, Object> participant(long id) {
        Map<String, Object> fields = first(
                "select p.id, p.display_name, p.joined_at, s.title, s.starts_at from workshop_participant p"
                        + " join workshop_session s on s.id = p.session_id where p.id = ?1",
                List.of("id", "name", "joinedAt", "session", "sessionStartsAt"),
                id);
        if (fields != null) {
            fields.put(
                    "answers",
                    list(
                            "select a.answered_at, coalesce(i.text, cast(a.number_value as varchar)) from workshop_answer a"
                                    + " left join workshop_answer_item i on i.answer_id = a.id"
                                    + " where a.participant_id = ?1 order by a.answered_at, i.position",
                            List.of("answeredAt", "answer"),
                            id));
        }
        return fields;
    }

    /** The display names of these accounts now, before their erasure blanks them. */
    @Allow(Caller.SERVICE)
    public Map<Long, String> accountNames(Collection<Long> accountIds) {
        Map<Long, String> names = new LinkedHashMap<>();
        for (long id : accountIds) {
            Account account = em.find(Account.class, id);
            if (account != null && !account.isAnonymised()) {
                names.put(id, account.getDisplayName());
            }
        }
        return names;
    }

    /** Erases the ticked records outside any initiative; see {@link RecordKind} for what each becomes. */
    @Allow(Caller.SERVICE)
    public Tally eraseOutsideInitiatives(Collection<RecordRef> refs) {
        Tally tally = new Tally();
        for (RecordRef ref : refs) {
            switch (ref.kind()) {
                case ACCOUNT -> {
                    Account account = em.find(Account.class, ref.id());
                    if (account == null || account.isAnonymised()) {
                        tally.gone(ref.kind());
                    } else {
                        // its links and trusted browsers hold nothing but a hash, and go with the person
                        update("delete from auth_token where account_id = ?1", ref.id());
                        update("delete from trusted_device where account_id = ?1", ref.id());
                        account.anonymise();
                        tally.erased(ref.kind());
                    }
                }
                case INVITATION -> tally.count(ref.kind(), update("delete from auth_token where id = ?1", ref.id()));
                case TRUSTED_DEVICE ->
                    tally.count(ref.kind(), update("delete from trusted_device where id = ?1", ref.id()));
                case WORKSHOP_PARTICIPANT ->
                    tally.count(ref.kind(), update("delete from workshop_participant where id = ?1", ref.id()));
                default -> throw new IllegalArgumentException("Not outside an initiative: " + ref);
            }
        }
        return tally;
    }

    // --- inside the entered initiative ---

    /**
     * The candidates in the entered initiative: records whose name, e-mail address or text matches,
     * and the board seats and advisor assignments of the accounts found. When there are any, the
     * search itself is written to the initiative's audit log (what was looked through, not what was
     * found).
     */
    @Allow(Caller.SERVICE)
    public List<Candidate> findHere(PersonQuery query, Collection<Long> accountIds, String reference) {
        long here = Tenancy.requireInitiative();
        String initiativeName = initiativeName(here);
        String name = query.namePattern();
        String email = query.exactEmail();
        String inText = query.emailPattern();
        List<Candidate> found = new ArrayList<>();
        for (long account : accountIds) {
            for (Object[] row : rows(
                    "select m.id, a.display_name, m.role from board_membership m join account a on a.id = m.account_id"
                            + " where m.initiative_id = ?1 and m.account_id = ?2",
                    here,
                    account)) {
                found.add(candidate(here, initiativeName, RecordKind.BOARD_SEAT, row, Match.ACCOUNT));
            }
            for (Object[] row : rows(
                    "select x.id, a.display_name, null from advisor_assignment x join account a on a.id = x.account_id"
                            + " where x.initiative_id = ?1 and x.account_id = ?2",
                    here,
                    account)) {
                found.add(candidate(here, initiativeName, RecordKind.ADVISOR_ASSIGNMENT, row, Match.ACCOUNT));
            }
        }
        for (Object[] row : rows(
                "select id, name, email, case when ?3 <> '' and lower(email) = ?3 then 'EMAIL' else 'NAME' end"
                        + " from volunteer where initiative_id = ?1"
                        + " and ((?2 <> '' and lower(name) like ?2" + ESCAPE + ") or (?3 <> '' and lower(email) = ?3))"
                        + " order by lower(name), id",
                here,
                name,
                email)) {
            found.add(new Candidate(
                    new RecordRef(here, RecordKind.VOLUNTEER, number(row[0])),
                    initiativeName,
                    (String) row[1],
                    Anonymisation.maskEmail((String) row[2]),
                    Match.valueOf((String) row[3])));
        }
        for (Object[] row : rows(
                "select r.id, r.requester, to_char(r.requested_on, 'DD-MM-YYYY') || ' · ' || c.name,"
                        + " case when ?2 <> '' and lower(r.requester) like ?2" + ESCAPE + " then 'NAME' else 'TEXT' end"
                        + " from help_request r join help_category c on c.initiative_id = r.initiative_id"
                        + " and c.id = r.help_category_id where r.initiative_id = ?1"
                        + " and ((?2 <> '' and (lower(r.requester) like ?2" + ESCAPE
                        + " or lower(coalesce(r.description, '') || ' ' || coalesce(r.notes, '')) like ?2" + ESCAPE
                        + "))"
                        + " or (?3 <> '' and lower(coalesce(r.description, '') || ' ' || coalesce(r.notes, '')) like ?3"
                        + ESCAPE + ")) order by r.requested_on, r.id",
                here,
                name,
                inText)) {
            found.add(candidate(here, initiativeName, RecordKind.HELP_REQUEST, row));
        }
        for (Object[] row : rows(
                "select id, title, to_char(told_on, 'DD-MM-YYYY') || ' · ' || teller_role || coalesce(' · ' || pseudonym, ''),"
                        + " case when ?2 <> '' and lower(coalesce(pseudonym, '')) like ?2" + ESCAPE
                        + " then 'NAME' else 'TEXT' end from story where initiative_id = ?1"
                        + " and ((?2 <> '' and lower(coalesce(pseudonym, '') || ' ' || title || ' ' || body) like ?2"
                        + ESCAPE
                        + ") or (?3 <> '' and lower(body) like ?3" + ESCAPE + ")) order by told_on, id",
                here,
                name,
                inText)) {
            found.add(candidate(here, initiativeName, RecordKind.STORY, row));
        }
        for (Object[] row : rows(
                "select c.id, s.title, c.representative, 'NAME' from story_consent c join story s"
                        + " on s.initiative_id = c.initiative_id and s.id = c.story_id where c.initiative_id = ?1"
                        + " and ?2 <> '' and lower(coalesce(c.representative, '')) like ?2" + ESCAPE + " order by c.id",
                here,
                name)) {
            found.add(candidate(here, initiativeName, RecordKind.CONSENT_REPRESENTATIVE, row));
        }
        for (Object[] row : rows(
                "select id, name, contact_person, case when ?2 <> '' and lower(coalesce(contact_person, '')) like ?2"
                        + ESCAPE + " then 'NAME' else 'EMAIL' end from stakeholder_group where initiative_id = ?1"
                        + " and ((?2 <> '' and lower(coalesce(contact_person, '')) like ?2" + ESCAPE + ")"
                        + " or (?3 <> '' and lower(coalesce(contact_person, '')) like ?3" + ESCAPE + ")) order by id",
                here,
                name,
                inText)) {
            found.add(candidate(here, initiativeName, RecordKind.STAKEHOLDER_CONTACT, row));
        }
        for (Object[] row : rows(
                "select a.id, s.name || ' · ' || to_char(r.submitted_on, 'DD-MM-YYYY'), left(a.text_value, 120), 'TEXT'"
                        + " from survey_answer a"
                        + " join survey_response r on r.initiative_id = a.initiative_id and r.id = a.response_id"
                        + " join survey_wave w on w.initiative_id = r.initiative_id and w.id = r.wave_id"
                        + " join survey s on s.initiative_id = w.initiative_id and s.id = w.survey_id"
                        + " where a.initiative_id = ?1 and a.text_value is not null and a.text_value <> ?4"
                        + " and ((?2 <> '' and lower(a.text_value) like ?2" + ESCAPE + ")"
                        + " or (?3 <> '' and lower(a.text_value) like ?3" + ESCAPE + ")) order by r.submitted_on, a.id",
                here,
                name,
                inText,
                Anonymisation.ERASED)) {
            found.add(candidate(here, initiativeName, RecordKind.SURVEY_ANSWER, row));
        }
        for (Object[] row : rows(
                "select id, contact, null, 'TEXT' from fact_sheet where initiative_id = ?1"
                        + " and ((?2 <> '' and lower(coalesce(contact, '')) like ?2" + ESCAPE + ")"
                        + " or (?3 <> '' and lower(coalesce(contact, '')) like ?3" + ESCAPE + "))",
                here,
                name,
                inText)) {
            found.add(candidate(here, initiativeName, RecordKind.FACT_SHEET_CONTACT, row));
        }
        for (Object[] row : rows(
                "select p.id, r.title || ' · ' || p.name, to_char(p.held_on, 'DD-MM-YYYY'), 'NAME' from msc_panel p"
                        + " join msc_round r on r.initiative_id = p.initiative_id and r.id = p.round_id"
                        + " where p.initiative_id = ?1 and ?2 <> '' and lower(p.members) like ?2" + ESCAPE
                        + " order by p.held_on, p.id",
                here,
                name)) {
            found.add(candidate(here, initiativeName, RecordKind.MSC_PANEL_MEMBER, row));
        }
        if (!found.isEmpty()) {
            audit.record(
                    AuditAction.READ,
                    PERSON_DATA,
                    null,
                    summary("Persoonsgegevens doorzocht", reference, Tally.of(found).erased));
        }
        return found;
    }

    /**
     * Every field of the ticked records of the entered initiative, for the export; the export is
     * written to the initiative's audit log, and so is every volunteer's contact details it holds.
     */
    @Allow(Caller.SERVICE)
    public List<PersonRecord> readHere(Collection<RecordRef> refs, String reference) {
        long here = Tenancy.requireInitiative();
        String initiativeName = initiativeName(here);
        List<PersonRecord> read = new ArrayList<>();
        for (RecordRef ref : refs) {
            requireHere(ref, here);
            Map<String, Object> fields = fieldsHere(ref, here);
            if (fields == null) {
                continue;
            }
            read.add(new PersonRecord(ref, initiativeName, fields));
            if (ref.kind() == RecordKind.VOLUNTEER && (fields.get("phone") != null || fields.get("email") != null)) {
                audit.record(AuditAction.EXPORT, LogbookService.VOLUNTEER, ref.id(), CONTACT_EXPORTED);
            }
        }
        if (!read.isEmpty()) {
            Tally tally = new Tally();
            read.forEach(r -> tally.erased(r.ref().kind()));
            audit.record(
                    AuditAction.EXPORT,
                    PERSON_DATA,
                    null,
                    summary("Persoonsgegevens geëxporteerd", reference, tally.erased));
        }
        return read;
    }

    /** The audit summary of an export of a volunteer's contact details: what, never the details. */
    static final String CONTACT_EXPORTED = "contactgegevens geëxporteerd op verzoek";

    private Map<String, Object> fieldsHere(RecordRef ref, long here) {
        long id = ref.id();
        return switch (ref.kind()) {
            case BOARD_SEAT ->
                first(
                        "select id, account_id, role, created_at from board_membership where initiative_id = ?1 and id = ?2",
                        List.of("id", "account", "role", "createdAt"),
                        here,
                        id);
            case ADVISOR_ASSIGNMENT ->
                first(
                        "select id, account_id, created_at from advisor_assignment where initiative_id = ?1 and id = ?2",
                        List.of("id", "account", "createdAt"),
                        here,
                        id);
            case VOLUNTEER -> volunteer(here, id);
            case HELP_REQUEST ->
                first(
                        "select r.id, r.requested_on, c.name, r.requester, r.description, r.status, r.referral,"
                                + " r.referral_note, r.notes, r.created_at,"
                                + " (select coalesce(sum(a.hours), 0) from help_assignment a"
                                + " where a.initiative_id = r.initiative_id and a.help_request_id = r.id)"
                                + " from help_request r join help_category c on c.initiative_id = r.initiative_id"
                                + " and c.id = r.help_category_id where r.initiative_id = ?1 and r.id = ?2",
                        List.of(
                                "id",
                                "requestedOn",
                                "category",
                                "requester",
                                "description",
                                "status",
                                "referral",
                                "referralNote",
                                "notes",
                                "createdAt",
                                "hours"),
                        here,
                        id);
            case STORY -> story(here, id);
            case CONSENT_REPRESENTATIVE ->
                first(
                        "select c.id, s.title, c.given_by, c.representative, c.internal_learning, c.reports, c.publication,"
                                + " c.given_on, c.withdrawn_on from story_consent c join story s"
                                + " on s.initiative_id = c.initiative_id and s.id = c.story_id"
                                + " where c.initiative_id = ?1 and c.id = ?2",
                        List.of(
                                "id",
                                "story",
                                "givenBy",
                                "representative",
                                "internalLearning",
                                "reports",
                                "publication",
                                "givenOn",
                                "withdrawnOn"),
                        here,
                        id);
            case STAKEHOLDER_CONTACT ->
                first(
                        "select id, name, involvement, contact_person from stakeholder_group where initiative_id = ?1 and id = ?2",
                        List.of("id", "group", "involvement", "contactPerson"),
                        here,
                        id);
            case SURVEY_ANSWER ->
                first(
                        "select a.id, s.name, w.name, r.submitted_on, q.text, a.text_value from survey_answer a"
                                + " join survey_question q on q.initiative_id = a.initiative_id and q.id = a.question_id"
                                + " join survey_response r on r.initiative_id = a.initiative_id and r.id = a.response_id"
                                + " join survey_wave w on w.initiative_id = r.initiative_id and w.id = r.wave_id"
                                + " join survey s on s.initiative_id = w.initiative_id and s.id = w.survey_id"
                                + " where a.initiative_id = ?1 and a.id = ?2",
                        List.of("id", "survey", "wave", "submittedOn", "question", "answer"),
                        here,
                        id);
            case FACT_SHEET_CONTACT ->
                first(
                        "select id, contact from fact_sheet where initiative_id = ?1 and id = ?2",
                        List.of("id", "contact"),
                        here,
                        id);
            case MSC_PANEL_MEMBER ->
                first(
                        "select p.id, r.title, p.name, p.held_on, p.members from msc_panel p join msc_round r"
                                + " on r.initiative_id = p.initiative_id and r.id = p.round_id"
                                + " where p.initiative_id = ?1 and p.id = ?2",
                        List.of("id", "round", "panel", "heldOn", "members"),
                        here,
                        id);
            default -> throw new IllegalArgumentException("Not an initiative's record: " + ref);
        };
    }

    private Map<String, Object> volunteer(long here, long id) {
        Map<String, Object> fields = first(
                "select id, name, phone, email, availability, skills, active_since, active from volunteer"
                        + " where initiative_id = ?1 and id = ?2",
                List.of("id", "name", "phone", "email", "availability", "skills", "activeSince", "active"),
                here,
                id);
        if (fields == null) {
            return null;
        }
        fields.put(
                "likesToHelpWith",
                list(
                        "select c.name from volunteer_affinity f join help_category c on c.id = f.help_category_id"
                                + " where f.volunteer_id = ?1 order by c.position",
                        List.of("category"),
                        id));
        fields.put(
                "helpGiven",
                list(
                        "select r.requested_on, c.name, r.status, a.hours from help_assignment a"
                                + " join help_request r on r.initiative_id = a.initiative_id and r.id = a.help_request_id"
                                + " join help_category c on c.initiative_id = r.initiative_id and c.id = r.help_category_id"
                                + " where a.initiative_id = ?1 and a.volunteer_id = ?2 order by r.requested_on, r.id",
                        List.of("requestedOn", "category", "status", "hours"),
                        here,
                        id));
        return fields;
    }

    private Map<String, Object> story(long here, long id) {
        Map<String, Object> fields = first(
                "select s.id, s.title, s.body, s.told_on, s.teller_role, s.pseudonym, s.created_at,"
                        + " c.given_by, c.representative, c.internal_learning, c.reports, c.publication, c.given_on,"
                        + " c.withdrawn_on, (select p.content_type || ', ' || p.byte_size || ' bytes' from story_photo p"
                        + " where p.initiative_id = s.initiative_id and p.story_id = s.id)"
                        + " from story s left join story_consent c on c.initiative_id = s.initiative_id and c.story_id = s.id"
                        + " where s.initiative_id = ?1 and s.id = ?2",
                List.of(
                        "id",
                        "title",
                        "body",
                        "toldOn",
                        "tellerRole",
                        "pseudonym",
                        "createdAt",
                        "consentGivenBy",
                        "consentRepresentative",
                        "consentInternalLearning",
                        "consentReports",
                        "consentPublication",
                        "consentGivenOn",
                        "consentWithdrawnOn",
                        "photo"),
                here,
                id);
        return fields;
    }

    /**
     * Erases the ticked records of the entered initiative, and the seats and assignments of the
     * accounts being erased ({@code accounts}: their names as they were, to take them out of the
     * dashboard's alerts too). Records already erased or gone are counted as such, so a second run
     * changes nothing. The erasure is written to the initiative's audit log, with counts only, and the
     * log's earlier entries about an erased volunteer, story or help request lose their summary.
     */
    @Allow(Caller.SERVICE)
    public Tally eraseHere(
            Collection<RecordRef> refs, PersonQuery query, Map<Long, String> accounts, String reference) {
        long here = Tenancy.requireInitiative();
        Tally tally = new Tally();
        for (RecordRef ref : refs) {
            requireHere(ref, here);
            erase(ref, here, query, tally);
        }
        for (Map.Entry<Long, String> account : accounts.entrySet()) {
            // not ticked one by one, so a seat that is not there is no news either
            tally.alsoErased(
                    RecordKind.BOARD_SEAT,
                    update(
                            "delete from board_membership where initiative_id = ?1 and account_id = ?2",
                            here,
                            account.getKey()));
            tally.alsoErased(
                    RecordKind.ADVISOR_ASSIGNMENT,
                    update(
                            "delete from advisor_assignment where initiative_id = ?1 and account_id = ?2",
                            here,
                            account.getKey()));
            update(
                    "delete from initiative_alert where initiative_id = ?1 and kind = 'INVITATION_OPEN' and subject = ?2",
                    here,
                    account.getValue());
        }
        if (tally.total() > 0) {
            audit.record(
                    AuditAction.DELETE, PERSON_DATA, null, summary("Persoonsgegevens gewist", reference, tally.erased));
        }
        return tally;
    }

    private void erase(RecordRef ref, long here, PersonQuery query, Tally tally) {
        long id = ref.id();
        RecordKind kind = ref.kind();
        switch (kind) {
            case BOARD_SEAT ->
                tally.count(
                        kind, update("delete from board_membership where initiative_id = ?1 and id = ?2", here, id));
            case ADVISOR_ASSIGNMENT ->
                tally.count(
                        kind, update("delete from advisor_assignment where initiative_id = ?1 and id = ?2", here, id));
            case VOLUNTEER -> {
                Volunteer volunteer = em.find(Volunteer.class, id);
                if (volunteer == null || volunteer.isAnonymised()) {
                    tally.gone(kind);
                    return;
                }
                String name = volunteer.getName();
                audit.redact(LogbookService.VOLUNTEER, id);
                boolean anonymised = logbook.removeVolunteer(id, volunteer.getVersion());
                em.flush();
                // the dashboard's load alert named the volunteer: it names the anonymised one, or none
                if (anonymised) {
                    update(
                            "update initiative_alert set subject = ?3 where initiative_id = ?1"
                                    + " and kind = 'VOLUNTEER_LOAD' and subject = ?2",
                            here,
                            name,
                            Volunteer.ANONYMOUS + " " + id);
                } else {
                    update(
                            "delete from initiative_alert where initiative_id = ?1 and kind = 'VOLUNTEER_LOAD' and subject = ?2",
                            here,
                            name);
                }
                tally.erased(kind);
            }
            case HELP_REQUEST -> {
                int changed = update(
                        "update help_request set requester = ?3, description = null, notes = null, referral_note = null,"
                                + " version = version + 1 where initiative_id = ?1 and id = ?2 and (requester <> ?3"
                                + " or description is not null or notes is not null or referral_note is not null)",
                        here,
                        id,
                        Anonymisation.ANONYMISED);
                if (changed > 0) {
                    audit.redact(LogbookService.REQUEST, id);
                }
                tally.count(kind, changed);
            }
            case STORY -> {
                audit.redact(StoryService.STORY, id);
                // consent, photo, tags and its place in a Most Significant Change round go with it (ON DELETE CASCADE)
                tally.count(kind, update("delete from story where initiative_id = ?1 and id = ?2", here, id));
            }
            case CONSENT_REPRESENTATIVE ->
                tally.count(
                        kind,
                        update(
                                "update story_consent set representative = ?3, version = version + 1"
                                        + " where initiative_id = ?1 and id = ?2 and representative <> ?3",
                                here,
                                id,
                                Anonymisation.ANONYMISED));
            case STAKEHOLDER_CONTACT ->
                tally.count(
                        kind,
                        update(
                                "update stakeholder_group set contact_person = null, version = version + 1"
                                        + " where initiative_id = ?1 and id = ?2 and contact_person is not null",
                                here,
                                id));
            case SURVEY_ANSWER ->
                tally.count(
                        kind,
                        update(
                                "update survey_answer set text_value = ?3, version = version + 1"
                                        + " where initiative_id = ?1 and id = ?2 and text_value <> ?3",
                                here,
                                id,
                                Anonymisation.ERASED));
            case FACT_SHEET_CONTACT ->
                tally.count(
                        kind,
                        update(
                                "update fact_sheet set contact = null, version = version + 1"
                                        + " where initiative_id = ?1 and id = ?2 and contact is not null",
                                here,
                                id));
            case MSC_PANEL_MEMBER -> {
                List<Object[]> panel =
                        rows("select 0, members from msc_panel where initiative_id = ?1 and id = ?2", here, id);
                String members = panel.isEmpty() ? null : (String) panel.get(0)[1];
                String without = Anonymisation.withoutName(members, query.name());
                if (members == null || without.equals(members)) {
                    tally.gone(kind);
                } else {
                    tally.count(
                            kind,
                            update(
                                    "update msc_panel set members = ?3, version = version + 1 where initiative_id = ?1 and id = ?2",
                                    here,
                                    id,
                                    without));
                }
            }
            default -> throw new IllegalArgumentException("Not an initiative's record: " + ref);
        }
    }

    /** Writes the knowledge centre's record of a request, in a transaction outside any initiative. */
    @Allow(Caller.SERVICE)
    public void log(
            RequestKind kind,
            String reference,
            PersonDataRequest.Format format,
            Map<RecordKind, Integer> counts,
            int initiatives,
            boolean complete) {
        em.persist(new PersonDataRequest(
                em.getReference(Account.class, Tenancy.requireAccount()),
                kind,
                reference,
                format,
                counts,
                initiatives,
                complete));
    }

    // --- helpers ---

    private static void requireHere(RecordRef ref, long here) {
        if (ref.initiativeId() == null || ref.initiativeId() != here) {
            throw new IllegalArgumentException("A record of another initiative: " + ref);
        }
    }

    private String initiativeName(long id) {
        return (String)
                rows("select id, name from initiative where id = ?1", id).get(0)[1];
    }

    private static Candidate candidate(long here, String initiativeName, RecordKind kind, Object[] row) {
        return candidate(here, initiativeName, kind, row, Match.valueOf((String) row[3]));
    }

    private static Candidate candidate(long here, String initiativeName, RecordKind kind, Object[] row, Match match) {
        return new Candidate(
                new RecordRef(here, kind, number(row[0])), initiativeName, (String) row[1], text(row[2]), match);
    }

    /** The Dutch summary of an audit entry: what happened, the reference, counts per kind; never content. */
    static String summary(String what, String reference, Map<RecordKind, Integer> counts) {
        StringBuilder b =
                new StringBuilder(what).append(" (verzoek ").append(reference).append(')');
        String separator = ": ";
        for (Map.Entry<RecordKind, Integer> count : new EnumMap<>(counts).entrySet()) {
            if (count.getValue() > 0) {
                b.append(separator)
                        .append(count.getKey().auditName())
                        .append(' ')
                        .append(count.getValue());
                separator = ", ";
            }
        }
        return b.toString();
    }

    private Query sql(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : sql(sql, parameters).setMaxResults(1000).getResultList()) {
            rows.add(row instanceof Object[] columns ? columns : new Object[] {row});
        }
        return rows;
    }

    private int update(String sql, Object... parameters) {
        return sql(sql, parameters).executeUpdate();
    }

    /** The first row as named fields (a mutable map, in the columns' order), or null when there is none. */
    private Map<String, Object> first(String sql, List<String> names, Object... parameters) {
        List<Map<String, Object>> all = list(sql, names, parameters);
        return all.isEmpty() ? null : all.get(0);
    }

    private List<Map<String, Object>> list(String sql, List<String> names, Object... parameters) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (Object[] row : rows(sql, parameters)) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                fields.put(names.get(i), value(row[i]));
            }
            all.add(fields);
        }
        return all;
    }

    /** A column as the export holds it: text, a number, a boolean, or a date or moment as ISO text. */
    private static Object value(Object column) {
        if (column instanceof Date date) {
            return date.toLocalDate().toString();
        }
        if (column instanceof Timestamp moment) {
            return moment.toInstant().toString();
        }
        if (column instanceof OffsetDateTime moment) {
            return moment.toInstant().toString();
        }
        if (column instanceof java.time.temporal.Temporal moment) {
            return moment.toString();
        }
        if (column instanceof Character c) {
            return c.toString();
        }
        return column;
    }

    private static String text(Object column) {
        Object value = value(column);
        return value == null ? null : value.toString();
    }

    private static long number(Object column) {
        return ((Number) column).longValue();
    }

    /** Counts per kind of what a transaction erased and what it found already erased or gone. */
    public static final class Tally implements java.io.Serializable {
        final Map<RecordKind, Integer> erased = new EnumMap<>(RecordKind.class);
        final Map<RecordKind, Integer> gone = new EnumMap<>(RecordKind.class);

        static Tally of(List<Candidate> candidates) {
            Tally tally = new Tally();
            candidates.forEach(c -> tally.erased(c.ref().kind()));
            return tally;
        }

        void erased(RecordKind kind) {
            erased.merge(kind, 1, Integer::sum);
        }

        void gone(RecordKind kind) {
            gone.merge(kind, 1, Integer::sum);
        }

        /** One ticked record: {@code changed} rows erased it, none means it was already erased or gone. */
        void count(RecordKind kind, int changed) {
            if (changed > 0) {
                erased.merge(kind, changed, Integer::sum);
            } else {
                gone(kind);
            }
        }

        void alsoErased(RecordKind kind, int changed) {
            if (changed > 0) {
                erased.merge(kind, changed, Integer::sum);
            }
        }

        int total() {
            return erased.values().stream().mapToInt(Integer::intValue).sum();
        }

        void add(Tally other) {
            other.erased.forEach((k, v) -> erased.merge(k, v, Integer::sum));
            other.gone.forEach((k, v) -> gone.merge(k, v, Integer::sum));
        }
    }
}
