package nl.cmostamm.portal.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.method.toc.Confidence;
import nl.cmostamm.portal.method.toc.Level;
import nl.cmostamm.portal.method.toc.TheoryOfChangeService;
import nl.cmostamm.portal.method.toc.TocElement;
import nl.cmostamm.portal.method.toc.TocLink;

/**
 * Two demo Theories of Change. Welzijn Westerwolde's is built around its three societal effects,
 * each outcome measured by an indicator of its goals; Dorpshuis Smilde's grew from its motto
 * "erbij horen, meedoen en ertoe doen", with a version frozen in 2023 (after its study with
 * Trendbureau Drenthe) and the current one, which has changed since and now measures both its
 * outcomes.
 */
final class DemoTheoryOfChange {

    private final EntityManager em;
    private final Map<String, TocElement> byTitle = new HashMap<>();
    private final Map<String, Indicator> indicators = new HashMap<>();

    private DemoTheoryOfChange(EntityManager em) {
        this.em = em;
        em.createQuery("select i from Indicator i", Indicator.class)
                .getResultList()
                .forEach(i -> indicators.put(i.getName(), i));
    }

    static void write(EntityManager em, String slug, TheoryOfChangeService toc) {
        switch (slug) {
            case "westerwolde" -> new DemoTheoryOfChange(em).westerwolde();
            case "smilde" -> new DemoTheoryOfChange(em).smilde(toc);
            default -> {
                // the other demo initiatives have not made one yet: the step plan is where they start
            }
        }
    }

    private void westerwolde() {
        element(Level.PROBLEM, "Mantelzorgers raken overbelast", "Zonder steun houden mantelzorgers het niet vol.");
        element(Level.PROBLEM, "Nieuwkomers staan buiten het dorpsleven", null);
        element(Level.GOAL, "Inwoners van Westerwolde doen mee en redden het zelf", null);
        element(Level.INPUT, "Welzijnswerkers en vrijwilligers", null);
        element(Level.INPUT, "Steunstees in de dorpen", "Steunpunten waar inwoners zonder afspraak binnenlopen.");
        element(Level.ACTIVITY, "Mantelzorgondersteuning", null);
        element(Level.ACTIVITY, "Maatjes voor nieuwkomers", null);
        element(Level.ACTIVITY, "Gezinscoaching", null);
        element(Level.OUTPUT, "Mantelzorgers krijgen ondersteuning", null, "Ondersteunde mantelzorgers");
        element(Level.OUTPUT, "Nieuwkomers hebben een maatje", null, "Nieuwkomers met een maatje");
        element(
                Level.OUTCOME,
                "Leefbaarheid & socialiseren",
                "Maatschappelijk effect 1 van het impactmodel.",
                "Nieuwkomers die meedoen in een vereniging of als vrijwilliger");
        element(
                Level.OUTCOME,
                "Ontwikkelen & (op)groeien",
                "Maatschappelijk effect 2 van het impactmodel.",
                "Gezinnen die hun doelen bereikten");
        element(
                Level.OUTCOME,
                "Autonomie & meedoen",
                "Maatschappelijk effect 3 van het impactmodel.",
                "Mantelzorgers met overbelasting");
        element(Level.IMPACT, "Minder vraag naar zwaardere zorg in de gemeente", null);
        link("Mantelzorgers raken overbelast", "Mantelzorgondersteuning", null, null);
        link("Welzijnswerkers en vrijwilligers", "Mantelzorgondersteuning", null, null);
        link(
                "Mantelzorgondersteuning",
                "Mantelzorgers krijgen ondersteuning",
                "Zonder wachtlijst of indicatie komen mantelzorgers eerder in beeld.",
                Confidence.HIGH);
        link(
                "Mantelzorgers krijgen ondersteuning",
                "Autonomie & meedoen",
                "Wie ondersteund wordt, houdt de zorg langer vol en blijft zelf meedoen.",
                Confidence.MEDIUM);
        link("Maatjes voor nieuwkomers", "Nieuwkomers hebben een maatje", null, Confidence.HIGH);
        link(
                "Nieuwkomers hebben een maatje",
                "Leefbaarheid & socialiseren",
                "Een maatje opent de deur naar verenigingen en buren.",
                Confidence.LOW);
        link("Gezinscoaching", "Ontwikkelen & (op)groeien", null, Confidence.MEDIUM);
        link(
                "Autonomie & meedoen",
                "Minder vraag naar zwaardere zorg in de gemeente",
                "Overbelaste mantelzorgers vallen vaker uit, en dan is zwaardere zorg nodig.",
                Confidence.LOW);
    }

    private void smilde(TheoryOfChangeService toc) {
        element(
                Level.PROBLEM,
                "Weinig geld en weinig contact",
                "Smilde ligt in een veengebied met een lage sociaaleconomische status.");
        element(Level.GOAL, "Erbij horen, meedoen en ertoe doen", "Het motto van het dorpshuis.");
        element(Level.INPUT, "Kerngroep en klankbordgroep", null);
        element(Level.ACTIVITY, "Dorpsdiner", null);
        element(Level.ACTIVITY, "Weggeefwinkel", null);
        element(Level.ACTIVITY, "Jeugdsoos", null);
        element(Level.OUTPUT, "Gasten aan tafel", null, "Gasten dorpsdiner");
        element(Level.OUTCOME, "Dorpsgenoten leren elkaar kennen", null);
        link(
                "Dorpsdiner",
                "Gasten aan tafel",
                "Een warme maaltijd trekt ook wie anders thuis blijft.",
                Confidence.MEDIUM);
        link("Gasten aan tafel", "Dorpsgenoten leren elkaar kennen", null, Confidence.LOW);
        toc.freeze(
                "Verandertheorie 2023 (met Trendbureau Drenthe)",
                LocalDate.of(2023, 10, 12)
                        .atStartOfDay(ZoneId.of("Europe/Amsterdam"))
                        .toInstant());

        // since then: the youth club stopped, the meal got a waiting list, and the board says more
        TocElement jeugdsoos = byTitle.get("Jeugdsoos");
        em.createQuery("delete from TocLink l where l.from = :e or l.to = :e")
                .setParameter("e", jeugdsoos)
                .executeUpdate();
        em.remove(jeugdsoos);
        byTitle.get("Gasten aan tafel").setDescription("Het dorpsdiner heeft een wachtlijst.");
        element(Level.ACTIVITY, "Creatieve workshops", null);
        element(Level.INPUT, "Bestuur van twee jonge mensen", null);
        element(
                Level.OUTCOME,
                "Mensen doen mee en ertoe",
                "Gasten helpen zelf mee met koken en de winkel.",
                "Gasten die zelf meehelpen");
        element(Level.IMPACT, "Een dorp waar niemand buiten de boot valt", null);
        link("Gasten aan tafel", "Mensen doen mee en ertoe", "Wie vaker komt, gaat ook meehelpen.", Confidence.MEDIUM);
        link("Mensen doen mee en ertoe", "Een dorp waar niemand buiten de boot valt", null, Confidence.LOW);
        TocElement meeting = byTitle.get("Dorpsgenoten leren elkaar kennen");
        meeting.setTitle("Dorpsgenoten kennen elkaar");
        // in 2023 this was still an assumption; now the dinner's guests are asked about it
        meeting.setIndicators(indicators("Gasten die nieuwe mensen leerden kennen"));
        em.flush();
    }

    private void element(Level level, String title, String description, String... indicatorNames) {
        TocElement element = new TocElement();
        element.setLevel(level);
        element.setTitle(title);
        element.setDescription(description);
        element.setPosition((int)
                byTitle.values().stream().filter(e -> e.getLevel() == level).count());
        element.setIndicators(indicators(indicatorNames));
        em.persist(element);
        byTitle.put(title, element);
    }

    private List<Indicator> indicators(String... names) {
        List<Indicator> tied = new ArrayList<>();
        for (String name : names) {
            Indicator indicator = indicators.get(name);
            if (indicator == null) {
                throw new IllegalStateException("No demo indicator " + name);
            }
            tied.add(indicator);
        }
        return tied;
    }

    private void link(String from, String to, String assumption, Confidence confidence) {
        TocLink link = new TocLink();
        link.setFrom(byTitle.get(from));
        link.setTo(byTitle.get(to));
        link.setAssumption(assumption);
        link.setConfidence(confidence);
        em.persist(link);
    }
}
