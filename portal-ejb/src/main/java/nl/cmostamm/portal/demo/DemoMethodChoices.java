package nl.cmostamm.portal.demo;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.cmostamm.portal.method.Method;
import nl.cmostamm.portal.method.chooser.Capacity;
import nl.cmostamm.portal.method.chooser.ChooserAnswers;
import nl.cmostamm.portal.method.chooser.Euros;
import nl.cmostamm.portal.method.chooser.ExistingData;
import nl.cmostamm.portal.method.chooser.MethodChoice;
import nl.cmostamm.portal.method.chooser.OutsideHelp;
import nl.cmostamm.portal.method.chooser.Phase;
import nl.cmostamm.portal.method.chooser.Purpose;
import nl.cmostamm.portal.security.Account;

/**
 * A recorded method choice for every demo initiative, with answers after the publication: the
 * help desk that counts and tells to its municipality, Smilde that revisited its choice after the
 * sessions with Trendbureau Drenthe, the Odensehuis with a student of Windesheim, the GroeiHuis
 * that is only starting and whose funders ask for euros. Some carry a note of their advisor. Each
 * choice names the effect measurement and the narrative method where the demo shows the initiative
 * using them (see {@link DemoEffects} and {@link DemoMsc}).
 */
final class DemoMethodChoices {

    private record Take(int monthsAgo, ChooserAnswers answers, Set<Method> chosen, String note) {}

    private static final Map<String, List<Take>> BY_INITIATIVE = Map.of(
            "middelstum",
            List.of(new Take(
                    4,
                    new ChooserAnswers(
                            Set.of(
                                    Purpose.ACCOUNTABILITY_MUNICIPALITY,
                                    Purpose.LEARNING,
                                    Purpose.MOTIVATING_VOLUNTEERS),
                            Euros.NO,
                            Set.of(ExistingData.NUMBERS, ExistingData.STORIES, ExistingData.SURVEYS),
                            Capacity.SOME,
                            OutsideHelp.NONE,
                            Phase.ESTABLISHED),
                    Set.of(Method.THEORY_OF_CHANGE, Method.EFFECT_MEASUREMENT, Method.NARRATIVE),
                    "Het logboek levert de output al. Zet in de verandertheorie vooral de outcome scherp: "
                            + "wat merken hulpvragers ervan, en hoe vraagt u dat na?")),
            "smilde",
            List.of(
                    new Take(
                            30,
                            new ChooserAnswers(
                                    Set.of(Purpose.ACCOUNTABILITY_MUNICIPALITY),
                                    Euros.UNSURE,
                                    Set.of(ExistingData.NUMBERS),
                                    Capacity.LITTLE,
                                    OutsideHelp.ADVISOR,
                                    Phase.RUNNING),
                            Set.of(Method.THEORY_OF_CHANGE),
                            null),
                    new Take(
                            3,
                            new ChooserAnswers(
                                    Set.of(
                                            Purpose.ACCOUNTABILITY_MUNICIPALITY,
                                            Purpose.RECOGNITION,
                                            Purpose.MOTIVATING_VOLUNTEERS),
                                    Euros.NO,
                                    Set.of(ExistingData.NUMBERS, ExistingData.STORIES),
                                    Capacity.LITTLE,
                                    OutsideHelp.ADVISOR,
                                    Phase.RUNNING),
                            Set.of(Method.THEORY_OF_CHANGE, Method.NARRATIVE),
                            "De verandertheorie uit de sessies van 2023 is het startpunt; het feitenblad aan de "
                                    + "muur kan elk jaar worden bijgewerkt met een paar verhalen van het dorpsdiner.")),
            "ebbingehof",
            List.of(new Take(
                    6,
                    new ChooserAnswers(
                            Set.of(Purpose.LEARNING, Purpose.RECOGNITION),
                            Euros.NO,
                            Set.of(ExistingData.STORIES, ExistingData.SURVEYS),
                            Capacity.SOME,
                            OutsideHelp.NONE,
                            Phase.ESTABLISHED),
                    Set.of(Method.NARRATIVE, Method.EFFECT_MEASUREMENT),
                    null)),
            "odensehuis",
            List.of(new Take(
                    2,
                    new ChooserAnswers(
                            Set.of(Purpose.ACCOUNTABILITY_FUND, Purpose.RECOGNITION, Purpose.LEARNING),
                            Euros.UNSURE,
                            Set.of(ExistingData.STORIES, ExistingData.SURVEYS),
                            Capacity.LITTLE,
                            OutsideHelp.STUDENT,
                            Phase.RUNNING),
                    Set.of(Method.THEORY_OF_CHANGE, Method.NARRATIVE, Method.EFFECT_MEASUREMENT),
                    "Verhalen over mensen met dementie zijn gevoelig: leg de toestemming steeds vast. De "
                            + "student van Windesheim kan de voor- en nameting van de eenzaamheid doen.")),
            "westerwolde",
            List.of(new Take(
                    8,
                    new ChooserAnswers(
                            Set.of(Purpose.ACCOUNTABILITY_MUNICIPALITY, Purpose.LEARNING),
                            Euros.UNSURE,
                            Set.of(ExistingData.NUMBERS, ExistingData.SURVEYS),
                            Capacity.MUCH,
                            OutsideHelp.NONE,
                            Phase.RUNNING),
                    Set.of(Method.THEORY_OF_CHANGE, Method.EFFECT_MEASUREMENT, Method.NARRATIVE),
                    null)),
            "eexterveen",
            List.of(new Take(
                    1,
                    new ChooserAnswers(
                            Set.of(
                                    Purpose.ACCOUNTABILITY_FUND,
                                    Purpose.ACCOUNTABILITY_MUNICIPALITY,
                                    Purpose.MOTIVATING_VOLUNTEERS),
                            Euros.YES,
                            Set.of(ExistingData.NUMBERS, ExistingData.SURVEYS, ExistingData.STORIES),
                            Capacity.SOME,
                            OutsideHelp.ADVISOR,
                            Phase.STARTING),
                    Set.of(Method.THEORY_OF_CHANGE, Method.EFFECT_MEASUREMENT, Method.NARRATIVE),
                    null)));

    private DemoMethodChoices() {}

    static void write(EntityManager em, String slug, Account board, Account advisor) {
        for (Take take : BY_INITIATIVE.getOrDefault(slug, List.of())) {
            Instant at = LocalDate.now()
                    .minusMonths(take.monthsAgo())
                    .atTime(20, 15)
                    .atZone(ZoneId.of("Europe/Amsterdam"))
                    .toInstant();
            MethodChoice choice = new MethodChoice(take.answers(), take.chosen(), board, at);
            if (take.note() != null) {
                choice.note(take.note(), advisor, at.plusSeconds(3 * 24 * 3600));
            }
            em.persist(choice);
        }
    }
}
