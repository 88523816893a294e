package nl.cmostamm.portal.activity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import nl.cmostamm.portal.tenant.TenantOwned;

/** One time an activity took place: who came, who helped and for how long, who had to wait. */
@Entity
@Table(name = "activity_occurrence")
public class Occurrence extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "activity_id", nullable = false)
    private Activity activity;

    @NotNull
    @Column(name = "occurred_on", nullable = false)
    private LocalDate date;

    @NotNull
    @Min(0)
    @Max(100_000)
    @Column(nullable = false)
    private Integer participants;

    @NotNull
    @Min(0)
    @Max(10_000)
    @Column(nullable = false)
    private Integer volunteers = 0;

    @NotNull
    @Min(0)
    @Digits(integer = 6, fraction = 2)
    @Column(name = "volunteer_hours", nullable = false, precision = 8, scale = 2)
    private BigDecimal volunteerHours = BigDecimal.ZERO;

    @NotNull
    @Min(0)
    @Max(100_000)
    @Column(name = "waiting_list", nullable = false)
    private Integer waitingList = 0;

    @Size(max = 1000)
    @Column(length = 1000)
    private String note;

    public Activity getActivity() {
        return activity;
    }

    public void setActivity(Activity activity) {
        this.activity = activity;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public Integer getParticipants() {
        return participants;
    }

    public void setParticipants(Integer participants) {
        this.participants = participants;
    }

    public Integer getVolunteers() {
        return volunteers;
    }

    public void setVolunteers(Integer volunteers) {
        this.volunteers = volunteers;
    }

    public BigDecimal getVolunteerHours() {
        return volunteerHours;
    }

    public void setVolunteerHours(BigDecimal volunteerHours) {
        this.volunteerHours = volunteerHours;
    }

    public Integer getWaitingList() {
        return waitingList;
    }

    public void setWaitingList(Integer waitingList) {
        this.waitingList = waitingList;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
