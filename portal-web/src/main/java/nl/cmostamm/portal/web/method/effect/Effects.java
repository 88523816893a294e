package nl.cmostamm.portal.web.method.effect;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import nl.cmostamm.portal.method.effect.EffectService;
import nl.cmostamm.portal.method.effect.EffectSummary;

/**
 * The initiative's effects, each with what it stands for and how much evidence it is tied to. The
 * page only links onwards, so it is request-scoped; the list is read in one service call.
 */
@Named
@RequestScoped
public class Effects {

    @EJB
    EffectService effects;

    private List<EffectSummary> summaries;

    @PostConstruct
    void load() {
        summaries = effects.effects();
    }

    public List<EffectSummary> getEffects() {
        return summaries;
    }
}
