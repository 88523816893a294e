package nl.cmostamm.portal.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * Someone who joined a session with its code and a name of their choosing. No account: the
 * SHA-256 of the token in their cookie is all that ties a browser to them, and to this one session.
 */
@Entity
@Table(name = "workshop_participant")
public class Participant implements Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id", nullable = false, updatable = false)
    private long sessionId;

    @Column(name = "display_name", nullable = false, updatable = false, length = 40)
    private String displayName;

    @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
    private String tokenHash;

    @Column(name = "joined_at", nullable = false, updatable = false)
    private Instant joinedAt = Instant.now();

    protected Participant() {}

    Participant(long sessionId, String displayName, String tokenHash) {
        this.sessionId = sessionId;
        this.displayName = displayName;
        this.tokenHash = tokenHash;
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
