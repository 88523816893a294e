package nl.cmostamm.portal.logbook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import nl.cmostamm.portal.tenant.TenantOwned;

/** A volunteer who helps with a request, and the hours it took them. */
@Entity
@Table(name = "help_assignment")
public class HelpAssignment extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "help_request_id", nullable = false)
    private HelpRequest request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "volunteer_id", nullable = false)
    private Volunteer volunteer;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal hours = BigDecimal.ZERO;

    protected HelpAssignment() {}

    HelpAssignment(HelpRequest request, Volunteer volunteer) {
        this.request = request;
        this.volunteer = volunteer;
    }

    public HelpRequest getRequest() {
        return request;
    }

    public Volunteer getVolunteer() {
        return volunteer;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }
}
