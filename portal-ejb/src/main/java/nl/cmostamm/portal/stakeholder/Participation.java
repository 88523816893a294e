package nl.cmostamm.portal.stakeholder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.cmostamm.portal.tenant.TenantOwned;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/** How many of one stakeholder group took part in one session. */
@Entity
@Table(name = "involvement_participation")
public class Participation extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private InvolvementSession session;

    @ManyToOne(optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    @BatchFetch(BatchFetchType.IN)
    private StakeholderGroup group;

    @Column(nullable = false)
    private int participants;

    protected Participation() {}

    public Participation(InvolvementSession session, StakeholderGroup group, int participants) {
        this.session = session;
        this.group = group;
        this.participants = participants;
    }

    public InvolvementSession getSession() {
        return session;
    }

    public StakeholderGroup getGroup() {
        return group;
    }

    public int getParticipants() {
        return participants;
    }

    public void setParticipants(int participants) {
        this.participants = participants;
    }
}
