package nl.cmostamm.portal.workshop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * The initiative a session works for. A row of its own under row-level security: visible, and
 * writable, only where the initiative is (its tenant, its advisors and board, admins), so a
 * participant's read of the session never shows it and the database refuses a link to an
 * initiative the planning advisor may not enter.
 */
@Entity
@Table(name = "workshop_session_initiative")
class SessionInitiative implements Serializable {

    @Id
    @Column(name = "session_id")
    private Long sessionId;

    @MapsId
    @OneToOne(optional = false)
    @JoinColumn(name = "session_id")
    private WorkshopSession session;

    @Column(name = "initiative_id", nullable = false)
    private long initiativeId;

    protected SessionInitiative() {}

    SessionInitiative(WorkshopSession session, long initiativeId) {
        this.session = session;
        this.initiativeId = initiativeId;
    }

    long getInitiativeId() {
        return initiativeId;
    }
}
