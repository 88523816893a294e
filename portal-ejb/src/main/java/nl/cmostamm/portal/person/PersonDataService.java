package nl.cmostamm.portal.person;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.shared.Paging;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * A person's request about their data (AVG art. 15 and 17), for the knowledge centre's admins:
 * search every initiative for candidates, export the ticked records (JSON or PDF, made by the web
 * layer from the {@link PersonDataset}), erase them, and list past requests.
 *
 * <p><b>Why one transaction per initiative, as the admin.</b> Every initiative's table has forced
 * row-level security: a transaction sees and changes the rows of its own tenant only, and EclipseLink
 * refuses to switch tenants within one. An admin may enter every initiative (their standing there is
 * {@code ADMIN}, see {@code security.Standings}), so this service does what the admin could do by
 * entering each initiative in turn: it runs outside a transaction itself and calls
 * {@link PersonRecords} once per initiative with that initiative as the tenant, each call its own
 * transaction. The alternative, a SECURITY DEFINER function that reads all tenants at once, would be
 * a door past the policies that every future table would have to be checked against; the one such
 * function added here ({@code audit_entry_redact}) only blanks audit summaries, in the current
 * tenant. The price: an erasure is not one atomic transaction. Each initiative's part commits with its
 * own audit entry, so what happened is always recorded where it happened, and a second run finishes
 * what a failure left (every step is idempotent). The account's own fields are blanked last, after
 * the initiatives, so a failure never leaves board seats behind an anonymous name.
 */
@Stateless
@Guarded
public class PersonDataService {

    private static final Logger LOG = Logger.getLogger(PersonDataService.class.getName());

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @EJB
    PersonRecords records;

    /**
     * The candidates for {@code query} in every initiative and outside them, in the order of the
     * initiatives' names; recorded as an inspection (inzage) with the counts found.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Allow(Caller.KNOWLEDGE_CENTRE_ADMIN)
    public List<Candidate> search(String reference, PersonQuery query) {
        String checked = query.reference(reference);
        Tenancy.Scope outside = outside();
        List<Candidate> found = new ArrayList<>(Tenancy.with(outside, () -> records.findOutsideInitiatives(query)));
        List<Long> accounts = found.stream()
                .filter(c -> c.ref().kind() == RecordKind.ACCOUNT)
                .map(c -> c.ref().id())
                .toList();
        Set<Long> touched = new LinkedHashSet<>();
        for (long initiative : Tenancy.with(outside, records::initiatives).keySet()) {
            List<Candidate> here =
                    Tenancy.with(outside.withInitiative(initiative), () -> records.findHere(query, accounts, checked));
            if (!here.isEmpty()) {
                touched.add(initiative);
            }
            found.addAll(here);
        }
        Tenancy.with(outside, () -> {
            records.log(RequestKind.INSPECTION, checked, null, counts(found), touched.size(), true);
            return null;
        });
        return found;
    }

    /**
     * Every field of the ticked records, read in their initiatives and recorded there and in the
     * knowledge centre's log as an export; the caller turns it into the file.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Allow(Caller.KNOWLEDGE_CENTRE_ADMIN)
    public PersonDataset export(
            String reference, PersonQuery query, Collection<RecordRef> ticked, PersonDataRequest.Format format) {
        String checked = query.reference(reference);
        if (format == null) {
            throw new ValidationFailure("person.export.format", null);
        }
        Map<Long, List<RecordRef>> perInitiative = required(ticked);
        Tenancy.Scope outside = outside();
        List<PersonRecord> read = new ArrayList<>();
        List<RecordRef> elsewhere = perInitiative.getOrDefault(null, List.of());
        if (!elsewhere.isEmpty()) {
            read.addAll(Tenancy.with(outside, () -> records.readOutsideInitiatives(elsewhere)));
        }
        int initiatives = 0;
        for (Map.Entry<Long, List<RecordRef>> group : perInitiative.entrySet()) {
            if (group.getKey() != null) {
                read.addAll(Tenancy.with(
                        outside.withInitiative(group.getKey()), () -> records.readHere(group.getValue(), checked)));
                initiatives++;
            }
        }
        Map<RecordKind, Integer> counts = new EnumMap<>(RecordKind.class);
        read.forEach(r -> counts.merge(r.ref().kind(), 1, Integer::sum));
        int touched = initiatives;
        Tenancy.with(outside, () -> {
            records.log(RequestKind.EXPORT, checked, format, counts, touched, true);
            return null;
        });
        return new PersonDataset(checked, Instant.now(), read);
    }

    /**
     * Erases the ticked records (see {@link RecordKind} for what each becomes), and with an account
     * its seats and assignments in every initiative. Refuses the admin's own account. Safe to repeat:
     * what is already erased is counted as such and left alone.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Allow(Caller.KNOWLEDGE_CENTRE_ADMIN)
    public ErasureReport erase(String reference, PersonQuery query, Collection<RecordRef> ticked) {
        String checked = query.reference(reference);
        Map<Long, List<RecordRef>> perInitiative = required(ticked);
        long self = Tenancy.requireAccount();
        List<RecordRef> elsewhere = perInitiative.getOrDefault(null, List.of());
        if (elsewhere.stream().anyMatch(r -> r.kind() == RecordKind.ACCOUNT && r.id() == self)) {
            throw new ValidationFailure("person.erase.self", null);
        }
        Tenancy.Scope outside = outside();
        List<Long> accountIds = elsewhere.stream()
                .filter(r -> r.kind() == RecordKind.ACCOUNT)
                .map(RecordRef::id)
                .toList();
        Map<Long, String> accounts =
                accountIds.isEmpty() ? Map.of() : Tenancy.with(outside, () -> records.accountNames(accountIds));
        // an account's seats may be anywhere: then every initiative is visited, else only the ticked ones
        Collection<Long> visit = accounts.isEmpty()
                ? perInitiative.keySet().stream().filter(k -> k != null).toList()
                : Tenancy.with(outside, records::initiatives).keySet();
        PersonRecords.Tally tally = new PersonRecords.Tally();
        boolean complete = true;
        int touched = 0;
        for (long initiative : visit) {
            List<RecordRef> refs = perInitiative.getOrDefault(initiative, List.of());
            try {
                PersonRecords.Tally here = Tenancy.with(
                        outside.withInitiative(initiative), () -> records.eraseHere(refs, query, accounts, checked));
                if (here.total() > 0) {
                    touched++;
                }
                tally.add(here);
            } catch (RuntimeException e) {
                // that initiative's part rolled back; the others stand, and a second run finishes it
                LOG.log(Level.WARNING, "Erasure incomplete in initiative " + initiative, e);
                complete = false;
            }
        }
        if (complete && !elsewhere.isEmpty()) {
            tally.add(Tenancy.with(outside, () -> records.eraseOutsideInitiatives(elsewhere)));
        }
        boolean done = complete;
        int initiatives = touched;
        Tenancy.with(outside, () -> {
            records.log(RequestKind.ERASURE, checked, null, tally.erased, initiatives, done);
            return null;
        });
        return new ErasureReport(tally.erased, tally.gone, complete);
    }

    /** Past requests, newest first. */
    @Allow(Caller.KNOWLEDGE_CENTRE_ADMIN)
    public List<PersonDataRequest> requests(int first, int size) {
        return em.createQuery(
                        "select r from PersonDataRequest r join fetch r.handledBy order by r.requestedAt desc, r.id desc",
                        PersonDataRequest.class)
                .setFirstResult(Paging.first(first))
                .setMaxResults(Paging.size(size))
                .getResultList();
    }

    @Allow(Caller.KNOWLEDGE_CENTRE_ADMIN)
    public long requestCount() {
        return em.createQuery("select count(r) from PersonDataRequest r", Long.class)
                .getSingleResult();
    }

    /** The ticked records by initiative (null: outside any); none ticked is refused. */
    private static Map<Long, List<RecordRef>> required(Collection<RecordRef> ticked) {
        if (ticked == null || ticked.isEmpty()) {
            throw new ValidationFailure("person.nothingTicked", null);
        }
        Map<Long, List<RecordRef>> grouped = new LinkedHashMap<>();
        for (RecordRef ref : new LinkedHashSet<>(ticked)) {
            grouped.computeIfAbsent(ref.initiativeId(), k -> new ArrayList<>()).add(ref);
        }
        return grouped;
    }

    private static Map<RecordKind, Integer> counts(List<Candidate> candidates) {
        Map<RecordKind, Integer> counts = new EnumMap<>(RecordKind.class);
        candidates.forEach(c -> counts.merge(c.ref().kind(), 1, Integer::sum));
        return counts;
    }

    /** The admin, in no initiative: for the tables that belong to none, and for the request log. */
    private static Tenancy.Scope outside() {
        return new Tenancy.Scope(Tenancy.requireAccount(), null);
    }
}
