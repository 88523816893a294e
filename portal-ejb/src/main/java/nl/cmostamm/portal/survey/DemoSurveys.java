package nl.cmostamm.portal.survey;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The demo data set's surveys, written straight into an initiative being seeded (it lives here for
 * the package's constructors). Middelstum's help desk asks its clients about the help twice a
 * year; the Odensehuis measured loneliness before and after a season of walk-in afternoons. The
 * later waves answer a little better, so the comparison has something to show.
 */
public final class DemoSurveys {

    private static final List<String> WISHES = List.of(
            "Soms duurde het een week voor er iemand belde.",
            "Meer vrijwilligers voor vervoer op zaterdag.",
            "Alles was prima geregeld, dank jullie wel!",
            "Graag dezelfde chauffeur als het kan.",
            "Het nummer van het dorpsloket staat niet in de dorpskrant.");

    private DemoSurveys() {}

    public static void write(EntityManager em, String slug, long initiativeId, Random random) {
        LocalDate today = LocalDate.now();
        switch (slug) {
            case "middelstum" -> {
                Survey survey = copy(em, "Tevredenheid bij afsluiting hulpvraag", "Tevredenheid hulpvragers");
                Wave spring = wave(
                        em,
                        survey,
                        initiativeId,
                        "Voorjaar",
                        WaveKind.PERIODIC,
                        today.minusMonths(7),
                        today.minusMonths(5));
                Wave autumn = wave(
                        em, survey, initiativeId, "Najaar", WaveKind.PERIODIC, today.minusWeeks(6), today.plusWeeks(3));
                answer(em, survey, spring, 28, 0.0, random);
                answer(em, survey, autumn, 22, 0.6, random);
            }
            case "odensehuis" -> {
                Survey survey =
                        copy(em, "Ervaren eenzaamheid (De Jong Gierveld, 6 vragen)", "Eenzaamheid bezoekers inloop");
                Wave before = wave(
                        em,
                        survey,
                        initiativeId,
                        "Voor het inloopseizoen",
                        WaveKind.PRE,
                        today.minusMonths(10),
                        today.minusMonths(9));
                Wave after = wave(
                        em,
                        survey,
                        initiativeId,
                        "Na het inloopseizoen",
                        WaveKind.POST,
                        today.minusMonths(2),
                        today.minusMonths(1));
                answer(em, survey, before, 20, 0.0, random);
                answer(em, survey, after, 18, 0.5, random);
            }
            default -> {
                // the other demo initiatives have not started a survey yet
            }
        }
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

    /**
     * {@code count} responses; {@code better} (0 to 1) moves every answer towards the favourable end:
     * agreement for Likert questions, yes, a higher mark, and for the loneliness scale the answer that
     * scores as not lonely.
     */
    private static void answer(EntityManager em, Survey survey, Wave wave, int count, double better, Random random) {
        long days =
                Math.max(1, wave.getClosesOn().toEpochDay() - wave.getOpensOn().toEpochDay());
        LocalDate last = LocalDate.now().isBefore(wave.getClosesOn()) ? LocalDate.now() : wave.getClosesOn();
        for (int r = 0; r < count; r++) {
            LocalDate day = wave.getOpensOn().plusDays(random.nextLong(days));
            Response response =
                    new Response(wave, UUID.randomUUID().toString(), day.isAfter(last) ? last : day, null, "nl");
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
                        if (random.nextInt(3) == 0) {
                            em.persist(Answer.text(response, question, WISHES.get(random.nextInt(WISHES.size()))));
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
