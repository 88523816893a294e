package nl.cmostamm.portal.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Map;
import nl.cmostamm.portal.security.Account;

/**
 * The knowledge centre's record of one request about a person's data (see {@code V22}): who handled
 * it, when, what kind, the admin's reference and the number of records per kind. It holds nothing of
 * the person, so it may outlive an erasure; the database lets only the knowledge centre's admins read
 * it and the application only append to it.
 */
@Entity
@Table(name = "person_data_request")
public class PersonDataRequest implements Serializable {

    /** How an export was handed over. */
    public enum Format {
        JSON,
        PDF
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "account_id", nullable = false)
    private Account handledBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RequestKind kind;

    @Column(nullable = false, length = 40)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(length = 10)
    private Format format;

    @Column(nullable = false, length = 1000)
    private String counts;

    @Column(nullable = false)
    private int initiatives;

    @Column(nullable = false)
    private boolean complete;

    protected PersonDataRequest() {}

    PersonDataRequest(
            Account handledBy,
            RequestKind kind,
            String reference,
            Format format,
            Map<RecordKind, Integer> counts,
            int initiatives,
            boolean complete) {
        this.requestedAt = OffsetDateTime.now();
        this.handledBy = handledBy;
        this.kind = kind;
        this.reference = reference;
        this.format = format;
        this.counts = Anonymisation.encode(counts);
        this.initiatives = initiatives;
        this.complete = complete;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getRequestedAt() {
        return requestedAt;
    }

    public Account getHandledBy() {
        return handledBy;
    }

    public RequestKind getKind() {
        return kind;
    }

    public String getReference() {
        return reference;
    }

    public Format getFormat() {
        return format;
    }

    /** The records per kind this request found, exported or erased. */
    public Map<RecordKind, Integer> getCounts() {
        return Anonymisation.decode(counts);
    }

    public int getInitiatives() {
        return initiatives;
    }

    /** False when an erasure stopped before it had reached every initiative. */
    public boolean isComplete() {
        return complete;
    }
}
