package nl.cmostamm.portal.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.goal.Indicator;
import nl.cmostamm.portal.method.sroi.AnalysisKind;
import nl.cmostamm.portal.method.sroi.HoursSource;
import nl.cmostamm.portal.method.sroi.InputKind;
import nl.cmostamm.portal.method.sroi.OutcomeEvidence;
import nl.cmostamm.portal.method.sroi.SroiAnalysis;
import nl.cmostamm.portal.method.sroi.SroiInput;
import nl.cmostamm.portal.method.sroi.SroiOutcome;
import nl.cmostamm.portal.method.sroi.SroiScenario;
import nl.cmostamm.portal.method.sroi.SroiService;
import nl.cmostamm.portal.method.sroi.SroiStakeholder;
import nl.cmostamm.portal.method.sroi.calculation.Scenario;
import nl.cmostamm.portal.security.Account;
import nl.cmostamm.portal.stakeholder.Involvement;
import nl.cmostamm.portal.stakeholder.StakeholderGroup;

/**
 * Demo SROI analyses. Dorpshuis Smilde: the final evaluation of 2023 it made with Trendbureau
 * Drenthe (village dinner, food bank distribution, youth club, volunteers) and a draft forecast for
 * 2025 that started as its copy, in which the guests who help out are counted by an indicator of
 * its goal. Dorpsloket Middelstum: a forecast whose volunteer hours come from its logbook and whose
 * volunteers are counted by its indicator. An outcome shown by an indicator counts on the outcome
 * record's row of that indicator. The figures are illustrative, not the real study's: the demo says
 * so in each analysis' scope.
 */
final class DemoSroi {

    private static final String VOLUNTEER_HOUR_SOURCE =
            "Demo-aanname: waarde van een vrijwilligersuur; controleer met de proxybibliotheek";
    private static final String SMILDE_STUDY = "Sessies met Trendbureau Drenthe, 2023 (demo-cijfers)";
    private static final String BOARD_ESTIMATE = "Inschatting van het bestuur (demo-cijfers)";

    private final EntityManager em;
    private final SroiService sroi;
    private final Map<String, StakeholderGroup> groups = new HashMap<>();

    private DemoSroi(EntityManager em, SroiService sroi) {
        this.em = em;
        this.sroi = sroi;
        em.createQuery("select g from StakeholderGroup g", StakeholderGroup.class)
                .getResultList()
                .forEach(g -> groups.put(g.getName(), g));
    }

    static void write(EntityManager em, String slug, Account board, Account advisor, SroiService sroi) {
        switch (slug) {
            case "smilde" -> new DemoSroi(em, sroi).smilde(board, advisor);
            case "middelstum" -> new DemoSroi(em, sroi).middelstum(board);
            default -> {
                // the other demo initiatives have not started an SROI analysis
            }
        }
    }

    private void smilde(Account board, Account advisor) {
        for (String name : List.of(
                "Gasten van het dorpsdiner",
                "Klanten van de voedselbank",
                "Jongeren van de jeugdsoos",
                "Vrijwilligers",
                "Gemeente Midden-Drenthe")) {
            StakeholderGroup group = new StakeholderGroup();
            group.setName(name);
            group.setInvolvement(Involvement.CONSULT);
            em.persist(group);
            groups.put(name, group);
        }
        SroiAnalysis evaluation = analysis(
                "Maatschappelijke waarde 2023",
                AnalysisKind.EVALUATIVE,
                LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 12, 31),
                "Het dorpsdiner, de uitgifte van de voedselbank, de jeugdsoos en de vrijwilligers in 2023. "
                        + "Gemaakt in begeleide sessies met Trendbureau Drenthe. Demo: de cijfers zijn een voorbeeld.",
                board,
                null);
        Map<String, SroiStakeholder> s = stakeholders(evaluation);
        money(evaluation, s.get("Gemeente Midden-Drenthe"), "Subsidie dorpshuis 2023", "18000", "Jaarrekening 2023");
        money(evaluation, s.get("Vrijwilligers"), "Boodschappen en materiaal (eigen bijdragen)", "2500", "Kasboek");
        time(evaluation, s.get("Vrijwilligers"), "Uren van vrijwilligers", "3200", HoursSource.TYPED, "16.50");
        outcome(
                evaluation,
                s.get("Gasten van het dorpsdiner"),
                "Minder eenzaam",
                "40",
                "1500",
                "25",
                "0",
                "20",
                "50",
                2);
        outcome(
                evaluation,
                s.get("Klanten van de voedselbank"),
                "Minder geldzorgen",
                "35",
                "800",
                "10",
                "0",
                "30",
                "0",
                1);
        outcome(
                evaluation,
                s.get("Jongeren van de jeugdsoos"),
                "Meer zelfvertrouwen",
                "25",
                "1200",
                "20",
                "0",
                "25",
                "50",
                2);
        outcome(
                evaluation,
                s.get("Vrijwilligers"),
                "Zinvolle dagbesteding en nieuwe contacten",
                "30",
                "1000",
                "15",
                "0",
                "10",
                "0",
                1);
        standardScenarios(evaluation);
        em.flush();
        evaluation.finalise(
                advisor,
                LocalDate.of(2024, 2, 15)
                        .atStartOfDay(ZoneId.of("Europe/Amsterdam"))
                        .toInstant());
        em.flush();

        SroiAnalysis forecast = analysis(
                "Prognose 2025",
                AnalysisKind.FORECAST,
                LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31),
                "Wat verwachten we in 2025, nu het dorpsdiner een wachtlijst heeft? Demo: de cijfers zijn een voorbeeld.",
                board,
                evaluation);
        Map<String, SroiStakeholder> f = stakeholders(forecast);
        money(forecast, f.get("Gemeente Midden-Drenthe"), "Subsidie dorpshuis 2025", "19500", "Toekenning gemeente");
        time(forecast, f.get("Vrijwilligers"), "Uren van vrijwilligers", "3600", HoursSource.TYPED, "16.50");
        outcome(forecast, f.get("Gasten van het dorpsdiner"), "Minder eenzaam", "55", "1500", "25", "0", "20", "50", 2);
        outcome(
                forecast,
                f.get("Klanten van de voedselbank"),
                "Minder geldzorgen",
                "40",
                "800",
                "10",
                "0",
                "30",
                "0",
                1);
        outcome(
                forecast,
                f.get("Jongeren van de jeugdsoos"),
                "Meer zelfvertrouwen",
                "30",
                "1200",
                "20",
                "0",
                "25",
                "50",
                2);
        // since the study the guests help cook and run the shop, and the board counts them
        shownBy(
                outcome(
                        forecast,
                        f.get("Gasten van het dorpsdiner"),
                        "Meedoen en ertoe doen",
                        "10",
                        "800",
                        "20",
                        "0",
                        "20",
                        "50",
                        1),
                "Gasten die zelf meehelpen");
        em.flush();
    }

    private void middelstum(Account board) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        SroiAnalysis forecast = analysis(
                "Prognose dorpsloket komend jaar",
                AnalysisKind.FORECAST,
                today.minusYears(1).plusDays(1),
                today,
                "De hulp van het dorpsloket: vervoer, klussen, gezelschap en hulp bij formulieren. De uren van de "
                        + "vrijwilligers komen uit het logboek van het afgelopen jaar. Demo: de cijfers zijn een voorbeeld.",
                board,
                null);
        Map<String, SroiStakeholder> s = stakeholders(forecast, "Hulpvragers", "Vrijwilligers", "Gemeente Eemsdelta");
        money(forecast, s.get("Gemeente Eemsdelta"), "Subsidie dorpsloket", "12000", "Beschikking gemeente");
        em.flush();
        BigDecimal logged = em.createQuery(
                        "select sum(a.hours) from HelpAssignment a where a.request.requestedOn >= :start "
                                + "and a.request.requestedOn <= :end",
                        BigDecimal.class)
                .setParameter("start", forecast.getPeriodStart())
                .setParameter("end", forecast.getPeriodEnd())
                .getSingleResult();
        time(
                forecast,
                s.get("Vrijwilligers"),
                "Uren van vrijwilligers bij hulpvragen",
                (logged == null ? BigDecimal.ZERO : logged).toPlainString(),
                HoursSource.LOGBOOK,
                "16.50");
        outcome(
                forecast,
                s.get("Hulpvragers"),
                "Langer zelfstandig thuis wonen",
                "25",
                "2500",
                "40",
                "0",
                "30",
                "0",
                1);
        outcome(forecast, s.get("Hulpvragers"), "Minder eenzaam", "40", "1500", "25", "0", "20", "50", 2);
        shownBy(
                outcome(
                        forecast,
                        s.get("Vrijwilligers"),
                        "Meer welbevinden door vrijwilligerswerk",
                        "140",
                        "400",
                        "40",
                        "0",
                        "10",
                        "0",
                        1),
                "Actieve vrijwilligers");
        standardScenarios(forecast);
        em.flush();
    }

    private SroiAnalysis analysis(
            String title,
            AnalysisKind kind,
            LocalDate start,
            LocalDate end,
            String scope,
            Account by,
            SroiAnalysis basedOn) {
        SroiAnalysis analysis = new SroiAnalysis();
        analysis.setTitle(title);
        analysis.setKind(kind);
        analysis.setPeriodStart(start);
        analysis.setPeriodEnd(end);
        analysis.setScope(scope);
        analysis.setCreatedBy(by);
        analysis.setBasedOn(basedOn);
        em.persist(analysis);
        return analysis;
    }

    private Map<String, SroiStakeholder> stakeholders(SroiAnalysis analysis, String... names) {
        List<String> chosen = names.length == 0 ? List.copyOf(groups.keySet()) : List.of(names);
        Map<String, SroiStakeholder> made = new HashMap<>();
        int position = 0;
        for (String name : chosen.stream().sorted().toList()) {
            SroiStakeholder stakeholder = new SroiStakeholder(analysis, groups.get(name), position++);
            em.persist(stakeholder);
            made.put(name, stakeholder);
        }
        return made;
    }

    private void money(SroiAnalysis analysis, SroiStakeholder by, String description, String amount, String source) {
        SroiInput input = new SroiInput(analysis);
        input.setStakeholder(by);
        input.setKind(InputKind.MONEY);
        input.setDescription(description);
        input.setAmount(new BigDecimal(amount));
        input.setValueSource(source);
        em.persist(input);
    }

    private void time(
            SroiAnalysis analysis,
            SroiStakeholder by,
            String description,
            String hours,
            HoursSource from,
            String hourlyValue) {
        SroiInput input = new SroiInput(analysis);
        input.setStakeholder(by);
        input.setKind(InputKind.VOLUNTEER_TIME);
        input.setDescription(description);
        input.setHours(new BigDecimal(hours));
        input.setHourlyValue(new BigDecimal(hourlyValue));
        input.setHoursFrom(from);
        input.setHoursTakenAt(from == HoursSource.TYPED ? null : Instant.now());
        input.setValueSource(VOLUNTEER_HOUR_SOURCE);
        input.setPosition(1);
        em.persist(input);
    }

    private SroiOutcome outcome(
            SroiAnalysis analysis,
            SroiStakeholder of,
            String description,
            String quantity,
            String proxy,
            String deadweight,
            String displacement,
            String attribution,
            String dropOff,
            int duration) {
        SroiOutcome outcome = new SroiOutcome(analysis);
        outcome.setStakeholder(of);
        outcome.setDescription(description);
        outcome.setEvidence(OutcomeEvidence.ESTIMATE);
        outcome.setEstimateSource(analysis.getKind() == AnalysisKind.EVALUATIVE ? SMILDE_STUDY : BOARD_ESTIMATE);
        outcome.setQuantity(new BigDecimal(quantity));
        outcome.setDuration(duration);
        outcome.setProxyDescription("Waarde per persoon per jaar: " + description.toLowerCase());
        outcome.setProxyValue(new BigDecimal(proxy));
        outcome.setProxySource("Demo-waarde; kies een proxy met bron uit de bibliotheek");
        outcome.setProxyPriceYear(2023);
        outcome.setDeadweight(new BigDecimal(deadweight).movePointLeft(2));
        outcome.setDeadweightWhy("Ingeschat in de sessie met het bestuur");
        outcome.setDisplacement(new BigDecimal(displacement).movePointLeft(2));
        outcome.setAttribution(new BigDecimal(attribution).movePointLeft(2));
        outcome.setAttributionWhy("Ook anderen dragen bij, zoals familie en de huisarts");
        outcome.setDropOff(new BigDecimal(dropOff).movePointLeft(2));
        em.persist(outcome);
        return outcome;
    }

    /**
     * Lets an indicator of the goals show an outcome instead of an estimate: its quantity becomes the
     * indicator's latest measurement in the analysis' period, as the impact map's form takes it. A
     * demo loaded long after a period with no measurement in it keeps the typed quantity.
     */
    private void shownBy(SroiOutcome outcome, String indicatorName) {
        Indicator indicator = em.createQuery("select i from Indicator i where i.name = :name", Indicator.class)
                .setParameter("name", indicatorName)
                .getSingleResult();
        em.flush();
        BigDecimal latest = sroi.indicatorInPeriod(outcome.getAnalysis().getId(), indicator.getId())
                .latest();
        if (latest != null) {
            outcome.setQuantity(latest);
        }
        outcome.setEvidence(OutcomeEvidence.INDICATOR);
        outcome.setIndicator(indicator);
        outcome.setEstimateSource(null);
    }

    private void standardScenarios(SroiAnalysis analysis) {
        em.persist(SroiScenario.of(analysis, "Voorzichtig", Scenario.CAUTIOUS, 0));
        em.persist(SroiScenario.of(analysis, "Verwacht", Scenario.EXPECTED, 1));
        em.persist(SroiScenario.of(analysis, "Optimistisch", Scenario.OPTIMISTIC, 2));
    }
}
