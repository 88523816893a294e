package nl.cmostamm.portal.method.effect;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import nl.cmostamm.portal.survey.Wave;
import nl.cmostamm.portal.tenant.TenantOwned;

/** Two waves of one survey compared for an effect: the earlier ("before") and the later one. */
@Entity
@Table(name = "effect_comparison")
public class EffectComparison extends TenantOwned {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "effect_id", nullable = false, updatable = false)
    private Effect effect;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "before_wave_id", nullable = false, updatable = false)
    private Wave before;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "after_wave_id", nullable = false, updatable = false)
    private Wave after;

    protected EffectComparison() {}

    EffectComparison(Effect effect, Wave before, Wave after) {
        this.effect = effect;
        this.before = before;
        this.after = after;
    }

    public Effect getEffect() {
        return effect;
    }

    public Wave getBefore() {
        return before;
    }

    public Wave getAfter() {
        return after;
    }
}
