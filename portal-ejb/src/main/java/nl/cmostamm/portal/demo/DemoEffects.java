package nl.cmostamm.portal.demo;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.method.effect.Effect;
import nl.cmostamm.portal.method.effect.EffectForm;
import nl.cmostamm.portal.method.effect.EffectService;

/**
 * The demo initiatives' effect measurements, written through {@link EffectService} as a board would
 * enter them: each effect stands for a goal (or, in Welzijn Westerwolde, an outcome of its Theory of
 * Change), ties the indicators that measure the same change, and compares two waves of one survey
 * from {@code survey.DemoSurveys}. The Odensehuis and the Ebbingehof compare the De Jong Gierveld
 * loneliness scale, so their effects are scored per respondent; the others compare questions.
 * Dorpshuis Smilde has no survey in the portal, so no effect either.
 */
final class DemoEffects {

    /** An effect and the two waves (by name, of the named survey) it compares, earlier one first. */
    private record Planned(
            String title,
            String description,
            StandsFor standsFor,
            List<String> indicators,
            String survey,
            String before,
            String after) {}

    private static final Map<String, List<Planned>> BY_INITIATIVE = Map.of(
            "middelstum",
            List.of(new Planned(
                    "Hulpvragers tevreden over de hulp",
                    "Wie bij het dorpsloket aanklopt, is tevreden over de hulp en kan er beter door zelfstandig "
                            + "thuis blijven wonen.",
                    StandsFor.goal("Hulpvragen snel en dichtbij beantwoord"),
                    List.of("Binnen een week geholpen"),
                    "Tevredenheid hulpvragers",
                    "Voorjaar",
                    "Najaar")),
            "ebbingehof",
            List.of(new Planned(
                    "Minder eenzaam in de woongemeenschap",
                    "Bewoners voelen zich minder eenzaam naarmate de gemeenschap groeit; elk jaar gemeten met de "
                            + "eenzaamheidsschaal van De Jong Gierveld.",
                    StandsFor.goal("Samen ouder worden in de stad"),
                    List.of("Bewoners die zich soms eenzaam voelen"),
                    "Eenzaamheid bewoners",
                    "Bewonersmeting vorig jaar",
                    "Bewonersmeting dit jaar")),
            "odensehuis",
            List.of(new Planned(
                    "Minder eenzaam na het inloopseizoen",
                    "Bezoekers voelen zich na een seizoen inloopmiddagen minder eenzaam, gemeten met de "
                            + "eenzaamheidsschaal van De Jong Gierveld.",
                    StandsFor.goal("Een plek om naartoe te gaan, met of zonder diagnose"),
                    List.of(),
                    "Eenzaamheid bezoekers inloop",
                    "Voor het inloopseizoen",
                    "Na het inloopseizoen")),
            "westerwolde",
            List.of(new Planned(
                    "Meer regie over het eigen leven",
                    "Deelnemers houden de regie en doen mee in hun dorp; de cliëntenraad vraagt het twee keer per "
                            + "jaar na.",
                    StandsFor.outcome("Autonomie & meedoen"),
                    List.of("Mantelzorgers met overbelasting"),
                    "Welbevinden deelnemers (cliëntenraad)",
                    "Voorjaar",
                    "Najaar")),
            "eexterveen",
            List.of(new Planned(
                    "Meer meedoen in het dorp",
                    "Bezoekers uit Eexterveen, Nieuw Annerveen en Spijkerboor kunnen meedoen in hun dorp en "
                            + "hebben iemand om op terug te vallen; twee keer gevraagd, met een jaar ertussen.",
                    StandsFor.goal("Jong en oud ontmoeten elkaar in het GroeiHuis"),
                    List.of(),
                    "Meedoen in Eexterveen",
                    "Eerste meting",
                    "Een jaar later")));

    private DemoEffects() {}

    static void write(EntityManager em, String slug, EffectService effects) {
        for (Planned plan : BY_INITIATIVE.getOrDefault(slug, List.of())) {
            EffectForm form = new EffectForm();
            form.setTitle(plan.title());
            form.setDescription(plan.description());
            form.setGoalId(plan.standsFor().goalId(em));
            form.setOutcomeId(plan.standsFor().outcomeId(em));
            form.setIndicatorIds(plan.indicators().stream()
                    .map(name -> em.createQuery("select i.id from Indicator i where i.name = :name", Long.class)
                            .setParameter("name", name)
                            .getSingleResult())
                    .toList());
            Effect effect = effects.saveEffect(form);
            effects.addComparison(
                    effect.getId(), wave(em, plan.survey(), plan.before()), wave(em, plan.survey(), plan.after()));
        }
    }

    private static long wave(EntityManager em, String survey, String name) {
        return em.createQuery("select w.id from Wave w where w.survey.name = :survey and w.name = :name", Long.class)
                .setParameter("survey", survey)
                .setParameter("name", name)
                .getSingleResult();
    }
}
