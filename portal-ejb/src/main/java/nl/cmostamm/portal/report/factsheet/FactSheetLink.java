package nl.cmostamm.portal.report.factsheet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import nl.cmostamm.portal.shared.Versioned;

/**
 * A public, read-only link to an initiative's fact sheet: the SHA-256 of its token, the initiative,
 * until when it works and whether it was revoked. Not an EclipseLink multitenant entity, for the
 * reason {@code SurveyLink} is not one: a visitor has no account and no tenant, and this row is what
 * tells the tenant, so it is looked up by hash before any tenant exists. Every read in a tenant
 * therefore names the initiative itself; the database lets only that initiative add or change it.
 */
@Entity
@Table(name = "fact_sheet_link")
@NamedQuery(
        name = FactSheetLink.OF_INITIATIVE,
        query = "select l from FactSheetLink l where l.initiativeId = :initiative order by l.createdAt desc, l.id desc")
@NamedQuery(name = FactSheetLink.BY_HASH, query = "select l from FactSheetLink l where l.tokenHash = :hash")
public class FactSheetLink implements Serializable, Versioned {

    public static final String OF_INITIATIVE = "FactSheetLink.ofInitiative";
    public static final String BY_HASH = "FactSheetLink.byHash";

    /** What the board sees of a link. */
    public enum Status {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    /** A new link's expiry when the board does not choose one. */
    public static final int DEFAULT_MONTHS = 6;
    /** The furthest a link may expire: a sheet two years old tells an old story. */
    public static final int MAX_YEARS = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;

    @Column(name = "initiative_id", nullable = false, updatable = false)
    private long initiativeId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", updatable = false)
    private Long createdBy;

    @Column(name = "expires_on", nullable = false, updatable = false)
    private LocalDate expiresOn;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Version
    @Column(nullable = false)
    private long version;

    protected FactSheetLink() {}

    FactSheetLink(String tokenHash, long initiativeId, Long createdBy, LocalDate expiresOn) {
        this.tokenHash = tokenHash;
        this.initiativeId = initiativeId;
        this.createdBy = createdBy;
        this.expiresOn = expiresOn;
        this.createdAt = Instant.now();
    }

    /** The expiry a new link gets unless the board chooses another: {@value #DEFAULT_MONTHS} months on. */
    public static LocalDate defaultExpiry() {
        return LocalDate.now(FactSheetService.DUTCH_TIME).plusMonths(DEFAULT_MONTHS);
    }

    /** Whether the link opens the sheet on {@code today}: not revoked, and today is not after its last day. */
    public boolean opens(LocalDate today) {
        return status(today) == Status.ACTIVE;
    }

    public Status status(LocalDate today) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return today.isAfter(expiresOn) ? Status.EXPIRED : Status.ACTIVE;
    }

    void revoke() {
        if (revokedAt == null) {
            revokedAt = Instant.now();
        }
    }

    public Long getId() {
        return id;
    }

    public long getInitiativeId() {
        return initiativeId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }

    @Override
    public long getVersion() {
        return version;
    }
}
