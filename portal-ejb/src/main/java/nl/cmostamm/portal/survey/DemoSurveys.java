package nl.cmostamm.portal.survey;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import nl.cmostamm.portal.logbook.HelpCategory;

/**
 * The demo data set's surveys, written straight into an initiative being seeded (it lives here for
 * the package's constructors). Middelstum's help desk asks its clients about the help twice a
 * year; the Odensehuis measured loneliness before and after a season of walk-in afternoons; the
 * Ebbingehof's residents fill in the same loneliness scale once a year; GroeiHuis Eexterveen asked
 * its visitors the short well-being scale twice, a year apart. The later waves
 * answer a little better, so the comparison has something to show. Welzijn Westerwolde asks every
 * client when a case is closed, so its answers come by help category: transport a little less
 * satisfied than the rest, PC help with too few answers to show, a few through the wave's ordinary
 * link without a category; its client council also asks participants the short well-being scale
 * twice a year.
 */
public final class DemoSurveys {

    private static final List<String> MIDDELSTUM_WISHES = List.of(
            "Soms duurde het een week voor er iemand belde.",
            "Meer vrijwilligers voor vervoer op zaterdag.",
            "Alles was prima geregeld, dank jullie wel!",
            "Graag dezelfde chauffeur als het kan.",
            "Het nummer van het dorpsloket staat niet in de dorpskrant.");

    private static final List<String> WESTERWOLDE_WISHES = List.of(
            "Fijn dat ik niet op een wachtlijst hoefde.",
            "De rit naar het ziekenhuis in Scheemda kwam een keer te laat.",
            "Ik wist eerst niet waar ik moest aankloppen.",
            "Graag wat vaker iemand in de Steunstee in ons dorp.",
            "De vrijwilliger was heel geduldig met de formulieren.");

    private DemoSurveys() {}

    /**
     * @param categories the initiative's help categories by name, already persisted: the
     *     case-closure answers carry their ids
     */
    public static void write(
            EntityManager em, String slug, long initiativeId, Map<String, HelpCategory> categories, Random random) {
        LocalDate today = LocalDate.now();
        switch (slug) {
            case "middelstum" ->
                twoWaves(
                        em,
                        "Tevredenheid bij afsluiting hulpvraag",
                        "Tevredenheid hulpvragers",
                        initiativeId,
                        new Round("Voorjaar", WaveKind.PERIODIC, today.minusMonths(7), today.minusMonths(5), 28, 0.0),
                        new Round("Najaar", WaveKind.PERIODIC, today.minusWeeks(6), today.plusWeeks(3), 22, 0.6),
                        MIDDELSTUM_WISHES,
                        random);
            case "odensehuis" ->
                twoWaves(
                        em,
                        LONELINESS,
                        "Eenzaamheid bezoekers inloop",
                        initiativeId,
                        new Round(
                                "Voor het inloopseizoen",
                                WaveKind.PRE,
                                today.minusMonths(10),
                                today.minusMonths(9),
                                20,
                                0.0),
                        new Round(
                                "Na het inloopseizoen",
                                WaveKind.POST,
                                today.minusMonths(2),
                                today.minusMonths(1),
                                18,
                                0.5),
                        List.of(),
                        random);
            case "westerwolde" -> {
                Survey survey = copy(em, "Tevredenheid bij afsluiting hulpvraag", "Tevredenheid bij afsluiting");
                Wave closure = wave(
                        em,
                        survey,
                        initiativeId,
                        "Afgesloten hulpvragen, afgelopen halfjaar",
                        WaveKind.CLOSURE,
                        today.minusMonths(6),
                        today);
                // the wave's flush gave the categories their ids
                answer(em, survey, closure, 10, 0.1, id(categories, "Vervoer"), WESTERWOLDE_WISHES, random);
                answer(
                        em,
                        survey,
                        closure,
                        9,
                        0.6,
                        id(categories, "Klussen in huis en tuin"),
                        WESTERWOLDE_WISHES,
                        random);
                answer(em, survey, closure, 8, 0.7, id(categories, "Gezelschap"), WESTERWOLDE_WISHES, random);
                answer(em, survey, closure, 7, 0.5, id(categories, "Administratie"), WESTERWOLDE_WISHES, random);
                answer(em, survey, closure, 3, 0.6, id(categories, "Pc-hulp"), WESTERWOLDE_WISHES, random);
                answer(em, survey, closure, 3, 0.5, null, WESTERWOLDE_WISHES, random);
                // the client council's own survey, twice a year, like the reports to the municipality
                twoWaves(
                        em,
                        "Welbevinden (kort)",
                        "Welbevinden deelnemers (cliëntenraad)",
                        initiativeId,
                        new Round("Voorjaar", WaveKind.PERIODIC, today.minusMonths(8), today.minusMonths(7), 26, 0.0),
                        new Round("Najaar", WaveKind.PERIODIC, today.minusMonths(2), today.minusMonths(1), 24, 0.4),
                        List.of(),
                        random);
            }
            case "ebbingehof" ->
                twoWaves(
                        em,
                        LONELINESS,
                        "Eenzaamheid bewoners",
                        initiativeId,
                        new Round(
                                "Bewonersmeting vorig jaar",
                                WaveKind.PERIODIC,
                                today.minusMonths(13),
                                today.minusMonths(12),
                                21,
                                0.1),
                        new Round(
                                "Bewonersmeting dit jaar",
                                WaveKind.PERIODIC,
                                today.minusMonths(2),
                                today.minusMonths(1),
                                19,
                                0.4),
                        List.of(),
                        random);
            case "eexterveen" ->
                twoWaves(
                        em,
                        "Welbevinden (kort)",
                        "Meedoen in Eexterveen",
                        initiativeId,
                        new Round(
                                "Eerste meting",
                                WaveKind.PERIODIC,
                                today.minusMonths(14),
                                today.minusMonths(13),
                                23,
                                0.0),
                        new Round(
                                "Een jaar later",
                                WaveKind.PERIODIC,
                                today.minusMonths(2),
                                today.minusMonths(1),
                                25,
                                0.4),
                        List.of(),
                        random);
            default -> {
                // Dorpshuis Smilde asks its guests on paper and has not started a survey in the portal yet
            }
        }
    }

    private static final String LONELINESS = "Ervaren eenzaamheid (De Jong Gierveld, 6 vragen)";

    /** One wave of a demo survey: when it was open, how many answered, how favourably (0 to 1). */
    private record Round(String name, WaveKind kind, LocalDate opens, LocalDate closes, int responses, double better) {}

    /** A survey copied from a template and answered in two waves: before and after, or a year apart. */
    private static void twoWaves(
            EntityManager em,
            String template,
            String name,
            long initiativeId,
            Round first,
            Round second,
            List<String> wishes,
            Random random) {
        Survey survey = copy(em, template, name);
        Wave a = wave(em, survey, initiativeId, first.name(), first.kind(), first.opens(), first.closes());
        Wave b = wave(em, survey, initiativeId, second.name(), second.kind(), second.opens(), second.closes());
        answer(em, survey, a, first.responses(), first.better(), null, wishes, random);
        answer(em, survey, b, second.responses(), second.better(), null, wishes, random);
    }

    private static Survey copy(EntityManager em, String templateName, String name) {
        SurveyTemplate template = em.createQuery(
                        "select t from SurveyTemplate t where t.name = :name", SurveyTemplate.class)
                .setParameter("name", templateName)
                .getSingleResult();
        Survey survey = Survey.copyOf(template, name);
        em.persist(survey);
        survey.getQuestions().forEach(em::persist);
        return survey;
    }

    private static Wave wave(
            EntityManager em,
            Survey survey,
            long initiativeId,
            String name,
            WaveKind kind,
            LocalDate opens,
            LocalDate closes) {
        Wave wave = new Wave(survey, LinkTokens.newToken());
        wave.setName(name);
        wave.setKind(kind);
        wave.setOpensOn(opens);
        wave.setClosesOn(closes);
        em.persist(wave);
        em.flush();
        em.persist(new SurveyLink(LinkTokens.hash(wave.getToken()), initiativeId, wave.getId(), null, false));
        return wave;
    }

    private static long id(Map<String, HelpCategory> categories, String name) {
        HelpCategory category = categories.get(name);
        if (category == null || category.getId() == null) {
            throw new IllegalStateException("No persisted demo help category " + name);
        }
        return category.getId();
    }

    /**
     * {@code count} responses, from clients of the help category {@code helpCategoryId} (or none);
     * {@code better} (0 to 1) moves every answer towards the favourable end: agreement for Likert
     * questions, yes, a higher mark, and for the loneliness scale the answer that scores as not
     * lonely. About one in three answers an open question with one of {@code wishes}.
     */
    private static void answer(
            EntityManager em,
            Survey survey,
            Wave wave,
            int count,
            double better,
            Long helpCategoryId,
            List<String> wishes,
            Random random) {
        long days =
                Math.max(1, wave.getClosesOn().toEpochDay() - wave.getOpensOn().toEpochDay());
        LocalDate last = LocalDate.now().isBefore(wave.getClosesOn()) ? LocalDate.now() : wave.getClosesOn();
        for (int r = 0; r < count; r++) {
            LocalDate day = wave.getOpensOn().plusDays(random.nextLong(days));
            Response response = new Response(
                    wave, UUID.randomUUID().toString(), day.isAfter(last) ? last : day, helpCategoryId, "nl");
            em.persist(response);
            for (Question question : survey.getQuestions()) {
                QuestionContent content = question.getContent();
                switch (content.getType()) {
                    case LIKERT ->
                        em.persist(Answer.choice(
                                response,
                                question,
                                clamp(
                                        3
                                                + random.nextInt(3)
                                                + (random.nextDouble() < better ? 1 : 0)
                                                - (random.nextDouble() < 0.25 ? 2 : 0),
                                        1,
                                        5)));
                    case YES_NO ->
                        em.persist(Answer.choice(response, question, random.nextDouble() < 0.7 + 0.2 * better ? 1 : 2));
                    case NUMBER ->
                        em.persist(Answer.number(
                                response,
                                question,
                                BigDecimal.valueOf(
                                        clamp(6 + random.nextInt(4) + (random.nextDouble() < better ? 1 : 0), 1, 10))));
                    case SINGLE -> {
                        // the loneliness items: 1 = yes, 2 = more or less, 3 = no; items 2, 3 and 5 are worded
                        // positively
                        boolean positive = question.getPosition() == 2
                                || question.getPosition() == 3
                                || question.getPosition() == 5;
                        int lonely = random.nextDouble() < 0.45 - 0.25 * better
                                ? (random.nextBoolean() ? 2 : (positive ? 3 : 1))
                                : 0;
                        em.persist(Answer.choice(response, question, lonely != 0 ? lonely : (positive ? 1 : 3)));
                    }
                    case LONG_TEXT -> {
                        if (!wishes.isEmpty() && random.nextInt(3) == 0) {
                            em.persist(Answer.text(response, question, wishes.get(random.nextInt(wishes.size()))));
                        }
                    }
                    default -> {
                        // no other question types in the demo surveys
                    }
                }
            }
        }
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }
}
