package nl.cmostamm.portal.method.narrative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.cmostamm.portal.tenant.TenantOwned;

/**
 * A panel of a round: who met on which day to select. Stage 1 reads every story of a domain; a
 * panel of stage 2 reads only what the panels of stage 1 chose, and so on, as MSC passes stories
 * up from a team to a board.
 */
@Entity
@Table(name = "msc_panel")
public class MscPanel extends TenantOwned {

    public static final int MAX_STAGE = 5;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private MscRound round;

    @Column(nullable = false)
    private int stage;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false, length = 2000)
    private String members;

    protected MscPanel() {}

    MscPanel(MscRound round) {
        this.round = round;
    }

    public MscRound getRound() {
        return round;
    }

    public int getStage() {
        return stage;
    }

    void setStage(int stage) {
        this.stage = stage;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getMembers() {
        return members;
    }

    void setMembers(String members) {
        this.members = members;
    }
}
