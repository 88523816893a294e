package nl.cmostamm.portal.departure;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.access.Allow;
import nl.cmostamm.portal.access.Caller;
import nl.cmostamm.portal.access.Guarded;
import nl.cmostamm.portal.audit.AuditAction;
import nl.cmostamm.portal.audit.AuditLog;
import nl.cmostamm.portal.initiative.Initiative;
import nl.cmostamm.portal.security.Admission;
import nl.cmostamm.portal.security.Standing;
import nl.cmostamm.portal.shared.AccessDeniedException;
import nl.cmostamm.portal.shared.NotFoundException;
import nl.cmostamm.portal.shared.ValidationFailure;
import nl.cmostamm.portal.tenant.Tenancy;

/**
 * An initiative leaves: its full export, and its purge. Both run inside the initiative's own
 * tenancy, with row-level security forced as for any request: a knowledge-centre admin picks the
 * initiative by id, and the work is done in a transaction that has it as tenant (as creating one
 * does, {@code InitiativeService.create}); the initiative's own board admin exports from inside it.
 *
 * <p>Who may: the export, the knowledge centre's admins for any initiative and the initiative's own
 * board admins for theirs (it is their data; an advisor is staff and uses neither). The purge, only
 * the admins, after typing the initiative's name, and only after a complete export unless they say
 * they want none. The purge is one database function ({@code purge_initiative}, migration V23) that
 * checks the same again and records the purge at the knowledge centre's level; the initiative's own
 * audit log goes with it.
 *
 * <p>The export streams: the ZIP is written to the caller's stream while the rows are read with a
 * cursor on the transaction's own connection. Its start is audited in a transaction of its own, so
 * an export broken off halfway still shows in the log; its completion is audited with the rows, and
 * only a completed export counts as "exported" for the purge.
 */
@Stateless
@Guarded
public class InitiativeDeparture {

    /** A completed full export, in the initiative's audit log. */
    static final String EXPORT_COMPLETE = "initiativeExport";
    /** A full export that began (it may have been broken off). */
    static final String EXPORT_STARTED = "initiativeExportStarted";

    private static final String PURGES = "select p.id, p.purged_initiative, p.initiative_name, p.initiative_slug,"
            + " a.display_name, to_json(p.purged_at) #>> '{}', to_json(p.exported_at) #>> '{}',"
            + " p.rows_per_table::text from initiative_purge p join account a on a.id = p.purged_by";

    @PersistenceContext(unitName = "portal")
    EntityManager em;

    @Resource
    SessionContext context;

    @EJB
    AuditLog audit;

    @EJB
    Admission admission;

    /** Every initiative, to pick the one that leaves. */
    @Allow(Caller.KNOWLEDGE_CENTRE_ADMIN)
    public List<Choice> initiatives() {
        return em.createQuery(
                        "select new nl.cmostamm.portal.departure.Choice(i.id, i.name, i.slug, i.status)"
                                + " from Initiative i order by lower(i.name), i.id",
                        Choice.class)
                .getResultList();
    }

    /** What the initiative holds, kind by kind, and when it was last exported. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Allow(Caller.KNOWLEDGE_CENTRE_ADMIN)
    public Inventory inventory(long initiativeId) {
        return inTenant(initiativeId, () -> self().currentInventory());
    }

    @Allow(Caller.SERVICE)
    public Inventory currentInventory() {
        Initiative initiative = current();
        try {
            List<Inventory.Count> counts = new ArrayList<>();
            ZipExport.counts(connection(), initiative.getId())
                    .forEach((kind, rows) -> counts.add(new Inventory.Count(kind, rows)));
            return new Inventory(
                    initiative.getId(),
                    initiative.getName(),
                    initiative.getSlug(),
                    initiative.getStatus(),
                    counts,
                    lastExport());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the initiative's records", e);
        }
    }

    /**
     * Writes the full export of {@code initiativeId} to {@code out} (a ZIP; {@code out} is left
     * open). Audited in the initiative's log when it begins and when it is complete.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Allow(Caller.KNOWLEDGE_CENTRE_ADMIN)
    public ExportSummary export(long initiativeId, OutputStream out) {
        return inTenant(initiativeId, () -> {
            self().recordExportStart();
            return self().exportCurrent(out);
        });
    }

    /** The same export of the entered initiative, by its own board admin (or an admin inside it). */
    @Allow(Caller.BOARD_ADMIN)
    public ExportSummary exportOwn(OutputStream out) {
        Standing standing = admission.currentStanding();
        if (standing != Standing.BOARD_ADMIN && standing != Standing.ADMIN) {
            throw new AccessDeniedException("Only the initiative's board admins export all of its data");
        }
        self().recordExportStart();
        return write(out);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @Allow(Caller.SERVICE)
    public void recordExportStart() {
        audit.record(
                AuditAction.EXPORT, EXPORT_STARTED, Tenancy.requireInitiative(), "volledige export (ZIP) begonnen");
    }

    @Allow(Caller.SERVICE)
    public ExportSummary exportCurrent(OutputStream out) {
        return write(out);
    }

    private ExportSummary write(OutputStream out) {
        Initiative initiative = current();
        try {
            Manifest manifest =
                    ZipExport.write(connection(), initiative.getId(), initiative.getName(), initiative.getSlug(), out);
            audit.record(
                    AuditAction.EXPORT,
                    EXPORT_COMPLETE,
                    initiative.getId(),
                    "volledige export (ZIP) klaar: " + manifest.tables().size() + " soorten gegevens, "
                            + manifest.totalRows() + " rijen, "
                            + manifest.files().size() + " bestanden");
            return new ExportSummary(
                    initiative.getId(),
                    manifest.tables().size(),
                    manifest.totalRows(),
                    manifest.files().size());
        } catch (SQLException e) {
            throw new IllegalStateException("Could not export the initiative", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The export was broken off", e);
        }
    }

    /**
     * Removes every row of {@code initiativeId} and the initiative itself, and records that at the
     * knowledge centre. Refused unless {@code typedName} is the initiative's name, and unless a
     * complete export was made or {@code withoutExport} says none is wanted. Accounts stay (their
     * memberships and assignments go): an account may sit on another board, and one that no longer
     * does simply enters no initiative.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    @Allow(Caller.KNOWLEDGE_CENTRE_ADMIN)
    public PurgeRecord purge(long initiativeId, String typedName, boolean withoutExport) {
        long record = inTenant(initiativeId, () -> self().purgeCurrent(typedName, withoutExport));
        return self().purges().stream()
                .filter(p -> p.id() == record)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The purge was not recorded"));
    }

    @Allow(Caller.SERVICE)
    public long purgeCurrent(String typedName, boolean withoutExport) {
        Initiative initiative = current();
        if (typedName == null || !typedName.strip().equals(initiative.getName().strip())) {
            throw new ValidationFailure("departure.purge.nameMismatch", "typedName");
        }
        OffsetDateTime exported = lastExport();
        if (exported == null && !withoutExport) {
            throw new ValidationFailure("departure.purge.exportFirst", "withoutExport");
        }
        try (PreparedStatement s = connection().prepareStatement("select purge_initiative(?, ?, ?)")) {
            s.setLong(1, initiative.getId());
            s.setString(2, initiative.getName());
            if (exported == null) {
                s.setNull(3, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                s.setObject(3, exported);
            }
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not purge initiative " + initiative.getId(), e);
        }
    }

    /** The knowledge centre's record of purged initiatives, newest first. */
    @Allow(Caller.KNOWLEDGE_CENTRE_ADMIN)
    public List<PurgeRecord> purges() {
        List<PurgeRecord> records = new ArrayList<>();
        try (PreparedStatement s = connection().prepareStatement(PURGES + " order by p.purged_at desc, p.id desc");
                ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                records.add(new PurgeRecord(
                        rows.getLong(1),
                        rows.getLong(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        moment(rows.getString(6)),
                        moment(rows.getString(7)),
                        rowsPerTable(rows.getString(8))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the purges", e);
        }
        return records;
    }

    private static OffsetDateTime moment(String iso) {
        return iso == null ? null : OffsetDateTime.parse(iso).withOffsetSameInstant(ZoneOffset.UTC);
    }

    static Map<String, Long> rowsPerTable(String json) {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject counts = reader.readObject();
            counts.keySet().stream()
                    .sorted()
                    .forEach(table -> rows.put(table, ((JsonNumber) counts.get(table)).longValue()));
        }
        return rows;
    }

    /** When the entered initiative was last exported completely, or {@code null}. */
    private OffsetDateTime lastExport() {
        return em.createQuery(
                        "select max(e.occurredAt) from AuditEntry e where e.subjectType = :type", OffsetDateTime.class)
                .setParameter("type", EXPORT_COMPLETE)
                .getSingleResult();
    }

    private Initiative current() {
        Initiative initiative = em.find(Initiative.class, Tenancy.requireInitiative());
        if (initiative == null) {
            throw new NotFoundException("Initiative");
        }
        return initiative;
    }

    /**
     * The connection of this transaction, which the tenant listener gave the transaction's scope when
     * it was acquired ({@link ZipExport} checks the tenant again). A read through JPA comes first, so
     * that the connection is acquired, with its scope, before it is unwrapped.
     */
    private Connection connection() {
        em.createQuery("select count(a) from Account a where a.id = :none")
                .setParameter("none", -1L)
                .getSingleResult();
        return em.unwrap(Connection.class);
    }

    private InitiativeDeparture self() {
        return context.getBusinessObject(InitiativeDeparture.class);
    }

    private static <T> T inTenant(long initiativeId, java.util.function.Supplier<T> work) {
        return Tenancy.with(Tenancy.current().withInitiative(initiativeId), work);
    }
}
