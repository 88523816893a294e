package nl.cmostamm.portal.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.tenant.Tenancy;
import nl.cmostamm.portal.workshop.AnswerForm;
import nl.cmostamm.portal.workshop.AnswerItem;
import nl.cmostamm.portal.workshop.ExerciseStep;
import nl.cmostamm.portal.workshop.JoinOutcome;
import nl.cmostamm.portal.workshop.Pace;
import nl.cmostamm.portal.workshop.SessionForm;
import nl.cmostamm.portal.workshop.StepKind;
import nl.cmostamm.portal.workshop.WorkshopService;
import nl.cmostamm.portal.workshop.WorkshopSession;

/**
 * The demo's workshops, run through {@link WorkshopService} as an advisor and participants would:
 * a finished session three weeks ago in which eight staff members and volunteers of Welzijn
 * Westerwolde walked the Theory of Change step plan (with the advisor's picks for the chain), and a
 * session planned for next week that participants can already join.
 */
final class DemoWorkshops {

    private static final String[] PEOPLE = {"Anja", "Bert", "Fatima", "Gerrit", "Hennie", "Jan", "Marloes", "Sanne"};

    /** The step plan's answers by step number: text and item steps get one entry per person. */
    private static final Map<Integer, String[]> ANSWERS = Map.of(
            1,
            new String[] {
                "Inwoners die er alleen voor staan weten niet waar ze met een hulpvraag terechtkunnen.",
                "Mantelzorgers raken overbelast voordat iemand het merkt.",
                "Nieuwkomers vinden moeilijk aansluiting in hun dorp.",
                "Kleine vragen worden grote problemen omdat hulp te laat komt.",
                "Jongeren en ouderen komen elkaar in de dorpen weinig tegen.",
                "Gezinnen met opvoedvragen weten de weg niet.",
                "Eenzaamheid onder ouderen in de kleine kernen.",
                "Vrijwilligers die willen helpen worden niet gevonden."
            },
            2,
            new String[] {
                "Iedereen in Westerwolde weet waar hij terechtkan en krijgt op tijd hulp.",
                "Mantelzorgers houden het vol en vragen op tijd steun.",
                "Nieuwkomers doen mee in het dorp en hebben een netwerk.",
                "Inwoners helpen elkaar, met ons als vangnet.",
                "Een leefbaar dorp waar jong en oud elkaar kent.",
                "Gezinnen staan sterker en zoeken zelf de weg.",
                "Niemand hoeft zich alleen te voelen.",
                "Vrijwillige inzet is vanzelfsprekend en wordt gewaardeerd."
            },
            3,
            new String[] {
                "Vrijwilligers\nSteunstees in de dorpen",
                "Beroepskrachten\nSubsidie van de gemeente",
                "Taalmaatjes\nEen plek om af te spreken",
                "Vervoer naar de Steunstee\nVrijwilligers",
                "Samenwerking met huisartsen\nDorpshuizen",
                "Gezinscoaches",
                "Tijd om te luisteren\nVrijwilligers",
                "Een goede registratie zonder extra werk"
            },
            4,
            new String[] {
                "Spreekuur in de Steunstee\nHuisbezoeken",
                "Mantelzorgcafé\nRespijtzorg regelen",
                "Taalcafé\nMaatjesprojecten voor nieuwkomers",
                "Vrijwillige hulpdienst: klussen en vervoer",
                "Koffieochtenden in het dorpshuis",
                "Gezinscoaching",
                "Huisbezoeken bij ouderen\nKoffieochtenden in het dorpshuis",
                "Vrijwilligers werven en begeleiden"
            },
            5,
            new String[] {
                "Aantal hulpvragen dat is opgepakt\nMinder eenzaam",
                "Mantelzorgers voelen zich gesteund",
                "Nieuwkomers hebben een maatje\nMeer contact in het dorp",
                "Aantal klussen en ritten",
                "Meer contact tussen jong en oud",
                "Ouders voelen zich zekerder",
                "Minder eenzaam\nMensen komen weer buiten",
                "Meer vrijwilligers actief"
            },
            7,
            new String[] {
                "Aantallen uit het registratiesysteem, twee keer per jaar",
                "Vragenlijst bij het afsluiten van elke hulpvraag",
                "De cliëntenraad vraagt deelnemers periodiek",
                "Verhalen van deelnemers verzamelen",
                "Aantallen per doelgroep bijhouden",
                "Vragenlijst bij het afsluiten van elke hulpvraag",
                "Eenzaamheid meten bij de start en na een jaar",
                "Niet meer registreren dan nu"
            },
            8,
            new String[] {
                "We koppelen elke activiteit aan een van onze drie maatschappelijke effecten.",
                "Bij het afsluiten van een hulpvraag vragen we altijd hoe het nu gaat.",
                "We kijken of we alle doelgroepen bereiken, ook nieuwkomers.",
                "Twee keer per jaar een inzichtrapportage voor de gemeente.",
                "We gebruiken de verhalen van deelnemers in het gesprek met de gemeente.",
                "Eerst het model afmaken met het team, dan pas meten.",
                "Niemand hoeft meer te registreren dan nu.",
                "Volgend jaar herhalen we deze bijeenkomst."
            });

    /** The chain on one sheet: notes per column (PROBLEM … IMPACT), by several participants. */
    private static final List<AnswerItem.Content> CHAIN = List.of(
            new AnswerItem.Content("Inwoners weten niet waar ze terechtkunnen", 0, null),
            new AnswerItem.Content("Iedereen krijgt op tijd hulp", 1, null),
            new AnswerItem.Content("Vrijwilligers en Steunstees", 2, null),
            new AnswerItem.Content("Spreekuur in de Steunstee", 3, null),
            new AnswerItem.Content("Hulpvragen opgepakt", 4, null),
            new AnswerItem.Content("Minder eenzaam", 5, null),
            new AnswerItem.Content("Inwoners helpen elkaar", 6, null));

    private DemoWorkshops() {}

    static void write(WorkshopService workshops, long advisorId, long westerwoldeId, long exerciseId) {
        Tenancy.Scope advisor = new Tenancy.Scope(advisorId, null);
        LocalDate today = LocalDate.now(WorkshopService.ZONE);

        SessionForm finished =
                form("Verandertheorie met het team van Welzijn Westerwolde", today.minusDays(21), exerciseId);
        finished.setInitiativeId(westerwoldeId);
        finished.setPace(Pace.SELF);
        WorkshopSession done = Tenancy.with(advisor, () -> workshops.schedule(finished));
        Tenancy.with(advisor, () -> workshops.open(done.getId()));
        List<ExerciseStep> steps = done.steps();
        for (int person = 0; person < PEOPLE.length; person++) {
            String name = PEOPLE[person];
            JoinOutcome joined = Tenancy.with(Tenancy.Scope.NONE, () -> workshops.join(done.getJoinCode(), name));
            for (int number = 1; number <= steps.size(); number++) {
                AnswerForm form = answer(steps.get(number - 1), number, person);
                if (form != null) {
                    int step = number;
                    Tenancy.with(Tenancy.Scope.NONE, () -> workshops.answer(joined.token(), step, form));
                }
            }
        }
        // the advisor picked the chain's notes to take into the initiative's ToC later
        for (int number = 1; number <= steps.size(); number++) {
            if (steps.get(number - 1).getKind() == StepKind.CANVAS) {
                int step = number;
                Tenancy.with(advisor, () -> workshops.results(done.getId(), step)).items().stream()
                        .limit(CHAIN.size())
                        .forEach(item -> Tenancy.with(
                                advisor,
                                () -> workshops.handle(done.getId(), item.getId(), WorkshopService.Handling.PICK)));
            }
        }
        Tenancy.with(advisor, () -> workshops.close(done.getId()));

        SessionForm next = form("Verandertheorie: het vervolg", today.plusDays(7), exerciseId);
        next.setInitiativeId(westerwoldeId);
        Tenancy.with(advisor, () -> workshops.schedule(next));
    }

    private static SessionForm form(String title, LocalDate day, long exerciseId) {
        SessionForm form = new SessionForm();
        form.setTitle(title);
        form.setDay(day);
        form.setTime(LocalTime.of(19, 30));
        form.getExerciseIds().add(exerciseId);
        return form;
    }

    /** Person {@code person}'s answer to a step, or null when they left it open. */
    private static AnswerForm answer(ExerciseStep step, int number, int person) {
        AnswerForm form = new AnswerForm();
        switch (step.getKind()) {
            case CANVAS -> {
                // each person put one or two notes on the chain
                form.setNotes(List.of(CHAIN.get(person % CHAIN.size())));
                return form;
            }
            case TEXT, ITEMS -> {
                String[] texts = ANSWERS.get(number);
                if (texts == null) {
                    return null;
                }
                if (step.getKind() == StepKind.TEXT) {
                    form.setText(texts[person]);
                } else {
                    form.setItems(texts[person]);
                }
                return form;
            }
            default -> {
                return null;
            }
        }
    }
}
