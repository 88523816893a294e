package nl.cmostamm.portal.demo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.goal.Direction;
import nl.cmostamm.portal.goal.Frequency;
import nl.cmostamm.portal.goal.IndicatorKind;
import nl.cmostamm.portal.goal.ValueType;

/**
 * The demo initiatives' goals and indicators, after what the publication tells of them, each with
 * a starting value and a monthly trend from which two years of measurements are drawn.
 */
final class DemoGoals {

    record Goal(String title, String description, String theme, String targetGroup, List<Indicator> indicators) {}

    /** {@code countsActivity}: the name of the activity whose participants it counts, or null when typed. */
    record Indicator(
            String name,
            IndicatorKind kind,
            ValueType type,
            String unit,
            double start,
            double trend,
            int baseline,
            int target,
            Direction direction,
            String source,
            String method,
            String countsActivity) {

        BigDecimal valueInMonth(int month, int wobble) {
            double value = start + trend * month + wobble;
            double bounded = type == ValueType.PERCENTAGE ? Math.min(100, Math.max(0, value)) : Math.max(0, value);
            return BigDecimal.valueOf(Math.round(bounded));
        }

        Frequency frequency() {
            return Frequency.MONTHLY;
        }
    }

    private static Indicator count(String name, String unit, double start, double trend, int target, String source) {
        return count(IndicatorKind.OUTPUT, name, unit, start, trend, target, source);
    }

    /** A count the coordinator keeps each month, of what was done ({@code OUTPUT}) or of what changed. */
    private static Indicator count(
            IndicatorKind kind, String name, String unit, double start, double trend, int target, String source) {
        return new Indicator(
                name,
                kind,
                ValueType.COUNT,
                unit,
                start,
                trend,
                (int) start,
                target,
                Direction.HIGHER,
                source,
                "Telling door de coördinator, elke maand in het logboek.",
                null);
    }

    private static Indicator counted(String name, String activity, int baseline, int target) {
        return new Indicator(
                name,
                IndicatorKind.OUTPUT,
                ValueType.COUNT,
                "deelnemers",
                0,
                0,
                baseline,
                target,
                Direction.HIGHER,
                "Activiteitenregister",
                "Berekend uit de registraties van de activiteit " + activity + ".",
                activity);
    }

    private static Indicator share(String name, double start, double trend, int target, Direction direction) {
        return share(
                name,
                start,
                trend,
                target,
                direction,
                "Korte vragenlijst onder deelnemers",
                "Vijf vragen na de activiteit, op papier of via de link.");
    }

    private static Indicator share(
            String name, double start, double trend, int target, Direction direction, String source, String method) {
        return new Indicator(
                name,
                IndicatorKind.OUTCOME,
                ValueType.PERCENTAGE,
                "%",
                start,
                trend,
                (int) start,
                target,
                direction,
                source,
                method,
                null);
    }

    /**
     * The societal effect each goal serves, for the initiatives that work with effects (Welzijn
     * Westerwolde's impact model links every effort and goal to one of its three).
     */
    static final Map<String, String> EFFECT_OF_GOAL = Map.of(
            "Mantelzorgers houden het vol", "Autonomie & meedoen",
            "Nieuwkomers doen mee", "Leefbaarheid & socialiseren",
            "Gezinnen komen op eigen kracht verder", "Ontwikkelen & (op)groeien");

    static final Map<String, List<Goal>> BY_INITIATIVE = Map.of(
            "middelstum",
                    List.of(
                            new Goal(
                                    "Hulpvragen snel en dichtbij beantwoord",
                                    "Inwoners kunnen met kleine hulpvragen bij het dorpsloket terecht en worden binnen een week geholpen.",
                                    "Sociale cohesie",
                                    "Ouderen",
                                    List.of(
                                            count(
                                                    "Beantwoorde hulpvragen",
                                                    "hulpvragen",
                                                    12,
                                                    0.4,
                                                    25,
                                                    "Logboek van het dorpsloket"),
                                            share("Binnen een week geholpen", 70, 0.8, 90, Direction.HIGHER))),
                            new Goal(
                                    "Een sterk netwerk van vrijwilligers",
                                    "Genoeg vrijwilligers, die zich gewaardeerd voelen en niet overbelast raken.",
                                    "Zingeving en eigenaarschap",
                                    "Inwoners in het algemeen",
                                    List.of(
                                            count(
                                                    "Actieve vrijwilligers",
                                                    "vrijwilligers",
                                                    110,
                                                    1.3,
                                                    140,
                                                    "Vrijwilligersbestand"),
                                            count(
                                                    "Vrijwilligersuren",
                                                    "uren",
                                                    160,
                                                    3,
                                                    240,
                                                    "Logboek van het dorpsloket")))),
            "smilde",
                    List.of(new Goal(
                            "Erbij horen: iedereen schuift aan",
                            "Het maandelijkse dorpsdiner en de weggeefwinkel brengen dorpsgenoten samen die elkaar anders niet zien.",
                            "Sociale cohesie",
                            "Inwoners in het algemeen",
                            List.of(
                                    counted("Gasten dorpsdiner", "Dorpsdiner", 38, 70),
                                    share("Gasten die nieuwe mensen leerden kennen", 35, 1.1, 60, Direction.HIGHER),
                                    count(
                                            IndicatorKind.OUTCOME,
                                            "Gasten die zelf meehelpen",
                                            "gasten",
                                            5,
                                            0.3,
                                            15,
                                            "Rooster van de kookploeg en de weggeefwinkel")))),
            "ebbingehof",
                    List.of(new Goal(
                            "Samen ouder worden in de stad",
                            "Bewoners doen mee aan gezamenlijke activiteiten en voelen zich minder eenzaam.",
                            "Gezondheid en welzijn",
                            "Ouderen",
                            List.of(
                                    counted("Deelnemers koffieochtend", "Koffieochtend", 40, 60),
                                    share("Bewoners die zich soms eenzaam voelen", 32, -0.5, 20, Direction.LOWER)))),
            "odensehuis",
                    List.of(new Goal(
                            "Een plek om naartoe te gaan, met of zonder diagnose",
                            "Mensen met beginnende dementie en hun mantelzorgers vinden ontmoeting en steun.",
                            "Gezondheid en welzijn",
                            "Mantelzorgers",
                            List.of(
                                    count(
                                            "Bezoeken aan het inloophuis",
                                            "bezoeken",
                                            45,
                                            1.8,
                                            100,
                                            "Presentielijst Meppel en Havelte"),
                                    share("Mantelzorgers die zich gesteund voelen", 55, 0.9, 75, Direction.HIGHER)))),
            "westerwolde",
                    List.of(
                            new Goal(
                                    "Mantelzorgers houden het vol",
                                    "Ondersteuning zonder wachtlijst of indicatie, zodat mantelzorgers niet overbelast raken.",
                                    "Gezondheid en welzijn",
                                    "Mantelzorgers",
                                    List.of(
                                            count(
                                                    "Ondersteunde mantelzorgers",
                                                    "mantelzorgers",
                                                    60,
                                                    1.5,
                                                    110,
                                                    "Registratie welzijnswerk"),
                                            share("Mantelzorgers met overbelasting", 28, -0.4, 18, Direction.LOWER))),
                            new Goal(
                                    "Nieuwkomers doen mee",
                                    "Nieuwkomers vinden hun weg in het dorp, via taal, werk en vrijwilligerswerk.",
                                    "Gelijke kansen en inclusie",
                                    "Nieuwkomers",
                                    List.of(
                                            count(
                                                    "Nieuwkomers met een maatje",
                                                    "nieuwkomers",
                                                    18,
                                                    0.6,
                                                    40,
                                                    "Registratie welzijnswerk"),
                                            share(
                                                    "Nieuwkomers die meedoen in een vereniging of als vrijwilliger",
                                                    22,
                                                    0.7,
                                                    40,
                                                    Direction.HIGHER,
                                                    "Registratie welzijnswerk",
                                                    "Het maatje vraagt het elke maand na; de welzijnswerker noteert het."))),
                            new Goal(
                                    "Gezinnen komen op eigen kracht verder",
                                    "Gezinscoaching zonder wachtlijst helpt ouders en kinderen hun eigen doelen te halen.",
                                    "Gelijke kansen en inclusie",
                                    "Gezinnen",
                                    List.of(
                                            share(
                                                    "Gezinnen die hun doelen bereikten",
                                                    58,
                                                    0.5,
                                                    70,
                                                    Direction.HIGHER,
                                                    "Afsluiting gezinscoaching",
                                                    "De gezinscoach noteert bij het afsluiten welke doelen van het gezin bereikt zijn.")))),
            "eexterveen",
                    List.of(new Goal(
                            "Jong en oud ontmoeten elkaar in het GroeiHuis",
                            "Activiteiten voor alle leeftijden, ook voor de buurtschappen Nieuw Annerveen en Spijkerboor.",
                            "Sociale cohesie",
                            "Jongeren",
                            List.of(
                                    count("Bezoekers activiteiten", "bezoekers", 30, 2.2, 90, "Presentielijsten"),
                                    count("Activiteiten", "activiteiten", 6, 0.3, 16, "Activiteitenagenda")))));

    /**
     * An activity held every {@code everyDays} days, with participants around {@code start} growing
     * by {@code trend} a time; {@code effect} names the societal effect it serves (null where the
     * initiative names none) and {@code targetGroups} whom it is for, as the board links them once.
     */
    record Activity(
            String name,
            String description,
            int everyDays,
            double start,
            double trend,
            int volunteers,
            double hours,
            String effect,
            List<String> targetGroups) {}

    private static final String LIVEABILITY = "Leefbaarheid & socialiseren";
    private static final String GROWING_UP = "Ontwikkelen & (op)groeien";
    private static final String TAKING_PART = "Autonomie & meedoen";

    static final Map<String, List<Activity>> ACTIVITIES = Map.of(
            "smilde",
                    List.of(
                            new Activity(
                                    "Dorpsdiner",
                                    "Elke maand koken vrijwilligers voor wie wil aanschuiven.",
                                    28,
                                    38,
                                    0.8,
                                    6,
                                    4,
                                    null,
                                    List.of("Ouderen", "Inwoners in het algemeen")),
                            new Activity(
                                    "Weggeefwinkel",
                                    "Elke week open: spullen halen en brengen.",
                                    7,
                                    25,
                                    0.1,
                                    3,
                                    3,
                                    null,
                                    List.of("Inwoners in het algemeen"))),
            "ebbingehof",
                    List.of(new Activity(
                            "Koffieochtend",
                            "Elke week koffie in de gezamenlijke ruimte.",
                            7,
                            9,
                            0.03,
                            2,
                            2,
                            null,
                            List.of("Ouderen"))),
            "odensehuis",
                    List.of(new Activity(
                            "Inloopmiddag Meppel",
                            "Twee keer per week open voor mensen met dementie en hun naasten.",
                            3,
                            8,
                            0.03,
                            4,
                            4,
                            null,
                            List.of("Ouderen", "Mantelzorgers"))),
            "westerwolde",
                    // most effort goes to older people and carers; newcomers have one small activity
                    List.of(
                            new Activity(
                                    "Inloop Steunstee Vlagtwedde",
                                    "Elke week open: een kop koffie, een praatje en hulp bij vragen.",
                                    7,
                                    16,
                                    0.05,
                                    3,
                                    3,
                                    LIVEABILITY,
                                    List.of("Ouderen", "Inwoners in het algemeen")),
                            new Activity(
                                    "Mantelzorgcafé",
                                    "Elke maand ontmoeten mantelzorgers elkaar, met een thema en een deskundige.",
                                    28,
                                    14,
                                    0.2,
                                    2,
                                    3,
                                    TAKING_PART,
                                    List.of("Mantelzorgers")),
                            new Activity(
                                    "Beweegochtend 65+",
                                    "Elke week samen bewegen in het dorpshuis, met koffie na.",
                                    7,
                                    18,
                                    0.03,
                                    2,
                                    2,
                                    TAKING_PART,
                                    List.of("Ouderen")),
                            new Activity(
                                    "Opvoedcafé",
                                    "Om de twee weken praten ouders met een gezinscoach over opvoeden en opgroeien.",
                                    14,
                                    9,
                                    0.05,
                                    1,
                                    2,
                                    GROWING_UP,
                                    List.of("Gezinnen")),
                            new Activity(
                                    "Jongereninloop Ter Apel",
                                    "Elke week een avond open voor jongeren, met een jongerenwerker.",
                                    7,
                                    12,
                                    0.02,
                                    2,
                                    3,
                                    GROWING_UP,
                                    List.of("Jongeren")),
                            new Activity(
                                    "Taalcafé",
                                    "Om de twee weken oefenen nieuwkomers Nederlands met vrijwilligers.",
                                    14,
                                    6,
                                    0.02,
                                    2,
                                    2,
                                    TAKING_PART,
                                    List.of("Nieuwkomers"))),
            "eexterveen",
                    List.of(new Activity(
                            "Spelmiddag jong en oud",
                            "Elke week spelletjes voor kinderen en ouderen samen.",
                            7,
                            12,
                            0.1,
                            3,
                            3,
                            null,
                            List.of("Jongeren", "Ouderen"))));

    private DemoGoals() {}
}
