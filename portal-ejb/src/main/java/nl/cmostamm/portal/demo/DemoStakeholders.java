package nl.cmostamm.portal.demo;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.stakeholder.Involvement;
import nl.cmostamm.portal.stakeholder.InvolvementMethod;
import nl.cmostamm.portal.stakeholder.InvolvementSession;
import nl.cmostamm.portal.stakeholder.Participation;
import nl.cmostamm.portal.stakeholder.StakeholderGroup;

/** Middelstum's stakeholders and the sessions held with them, after the publication's example. */
final class DemoStakeholders {

    private record Group(String name, String description, Integer size, Involvement involvement, String contact) {}

    private record Session(
            int monthsAgo, InvolvementMethod method, String title, String outcome, Map<String, Integer> took) {}

    private static final List<Group> GROUPS = List.of(
            new Group(
                    "Hulpvragers",
                    "Inwoners die het dorpsloket om hulp vroegen, vaak ouderen.",
                    180,
                    Involvement.CONSULT,
                    "Coördinator dorpsloket"),
            new Group(
                    "Vrijwilligers",
                    "De vrijwillige chauffeurs, klussers en bezoekers.",
                    24,
                    Involvement.COCREATE,
                    "Coördinator dorpsloket"),
            new Group("Inwoners van Middelstum", null, 2600, Involvement.INFORM, "Dorpsbelangen"),
            new Group(
                    "Gemeente Eemsdelta",
                    "Beleid Wmo en sociaal domein.",
                    null,
                    Involvement.CONSULT,
                    "Beleidsmedewerker Wmo"),
            new Group(
                    "Zorgpartners",
                    "Huisarts, wijkteam en thuiszorg in het dorp.",
                    6,
                    Involvement.CONSULT,
                    "Praktijkondersteuner huisarts"));

    private static final List<Session> SESSIONS = List.of(
            new Session(
                    14,
                    InvolvementMethod.KICKOFF,
                    "Startbijeenkomst dorpsloket in het dorpshuis",
                    "Vervoer naar de huisarts en hulp bij formulieren (schadeherstel) zijn de grootste behoeften.",
                    Map.of("Inwoners van Middelstum", 45, "Vrijwilligers", 12, "Gemeente Eemsdelta", 2)),
            new Session(
                    8,
                    InvolvementMethod.SOUNDING_BOARD,
                    "Klankbordgroep: hoe bevalt de hulp?",
                    "Hulpvragers willen vaker dezelfde vrijwilliger; vrijwilligers vragen om een vast aanspreekpunt.",
                    Map.of("Hulpvragers", 6, "Vrijwilligers", 5, "Zorgpartners", 2)),
            new Session(
                    5,
                    InvolvementMethod.INTERVIEWS,
                    "Gesprekken met hulpvragers thuis",
                    "Acht gesprekken; drie verhalen met toestemming vastgelegd.",
                    Map.of("Hulpvragers", 8)),
            new Session(
                    2,
                    InvolvementMethod.SURVEY,
                    "Vragenlijst tevredenheid najaar",
                    "Zie de resultaten bij Vragenlijsten.",
                    Map.of("Hulpvragers", 22)));

    private DemoStakeholders() {}

    static void write(EntityManager em, String slug) {
        if (!slug.equals("middelstum")) {
            return;
        }
        Map<String, StakeholderGroup> groups = new HashMap<>();
        for (Group planned : GROUPS) {
            StakeholderGroup group = new StakeholderGroup();
            group.setName(planned.name());
            group.setDescription(planned.description());
            group.setEstimatedSize(planned.size());
            group.setInvolvement(planned.involvement());
            group.setContactPerson(planned.contact());
            em.persist(group);
            groups.put(group.getName(), group);
        }
        for (Session planned : SESSIONS) {
            InvolvementSession session = new InvolvementSession();
            session.setHeldOn(LocalDate.now().minusMonths(planned.monthsAgo()));
            session.setMethod(planned.method());
            session.setTitle(planned.title());
            session.setOutcome(planned.outcome());
            planned.took()
                    .forEach((group, count) ->
                            session.getParticipations().add(new Participation(session, groups.get(group), count)));
            em.persist(session);
        }
    }
}
