package nl.cmostamm.portal.audit;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.tenant.TenantOwned;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One line of an initiative's audit log. Tenant-owned like every initiative row, but not a
 * {@link TenantOwned}: an entry is never edited, so it has no version, and the database refuses the
 * application any update or delete.
 */
@Entity
@Table(name = "audit_entry")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
        name = "initiative_id",
        contextProperty = TenantOwned.TENANT_PROPERTY,
        discriminatorType = DiscriminatorType.INTEGER)
@NamedQuery(name = AuditEntry.COUNT, query = "select count(e) from AuditEntry e")
public class AuditEntry implements Serializable {

    public static final String COUNT = "AuditEntry.count";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id")
    private Account actor;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AuditAction action;

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(length = 300)
    private String summary;

    protected AuditEntry() {}

    AuditEntry(Account actor, AuditAction action, String subjectType, Long subjectId, String summary) {
        this.actor = actor;
        this.occurredAt = OffsetDateTime.now();
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.summary = summary == null || summary.length() <= 300 ? summary : summary.substring(0, 299) + "…";
    }

    public Long getId() {
        return id;
    }

    public Account getActor() {
        return actor;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getSummary() {
        return summary;
    }
}
