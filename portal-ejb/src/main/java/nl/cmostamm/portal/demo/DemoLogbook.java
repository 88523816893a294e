package nl.cmostamm.portal.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.cmostamm.portal.initiative.TargetGroup;
import nl.cmostamm.portal.logbook.Competition;
import nl.cmostamm.portal.logbook.HelpCategory;
import nl.cmostamm.portal.logbook.HelpRequest;
import nl.cmostamm.portal.logbook.HelpStatus;
import nl.cmostamm.portal.logbook.Referral;
import nl.cmostamm.portal.logbook.Volunteer;

/**
 * The demo logbooks. Dorpsloket Middelstum's: two dozen volunteers and about two hundred help
 * requests over the past year, most answered, some referred to the Wmo desk or the mining-damage
 * institute, and one volunteer doing too much this week, so the load view has something to say.
 * Welzijn Westerwolde's volunteer help service: fewer requests, most saying which target group
 * they helped, spread unevenly (newcomers are hardly reached), so the insight report has a gap to
 * show; some in the current half year and some in the previous one, whatever the day.
 */
final class DemoLogbook {

    private static final List<String> NAMES = List.of(
            "Henk Bakker",
            "Aaltje Dijkstra",
            "Jan Hovenga",
            "Grietje Mulder",
            "Klaas Smit",
            "Trijntje Bos",
            "Geert Kuipers",
            "Hilje Visser",
            "Roelf Veenstra",
            "Jantina Boer",
            "Harm Wiersma",
            "Fenna Hoekstra",
            "Berend Post",
            "Anje Zijlstra",
            "Wobbe de Vries",
            "Sientje Huizinga",
            "Eltjo Pama",
            "Martje Nienhuis",
            "Lammert Oosting",
            "Janna Tammenga",
            "Derk Wolters",
            "Geesje Schuur",
            "Pieter Ritsema",
            "Alie Kremer");
    private static final String[] INITIALS = {
        "mevr. D.", "dhr. K.", "fam. B.", "mevr. H.", "dhr. V.", "mevr. S.", "dhr. P.", "fam. T."
    };
    private static final String[] WHAT = {
        "Rit naar het ziekenhuis in Groningen",
        "Heg snoeien",
        "Laptop instellen",
        "Wekelijks kopje koffie",
        "Brief van de gemeente uitleggen",
        "Boodschappen halen"
    };

    private DemoLogbook() {}

    static void write(EntityManager em, Map<String, HelpCategory> categories, Random random) {
        List<HelpCategory> kinds = new ArrayList<>(categories.values());
        kinds.sort((a, b) -> a.getPosition() - b.getPosition());
        List<Volunteer> volunteers = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            Volunteer volunteer = new Volunteer();
            volunteer.setName(NAMES.get(i));
            volunteer.setPhone("06-" + (10000000 + random.nextInt(89999999)));
            volunteer.setAvailability(
                    i % 3 == 0
                            ? "Doordeweeks overdag"
                            : i % 3 == 1 ? "Dinsdag- en donderdagochtend" : "Avonden en zaterdag");
            volunteer.setActiveSince(LocalDate.of(2019 + i % 6, 1 + i % 12, 1));
            volunteer.setAffinities(new ArrayList<>(
                    List.of(kinds.get(i % (kinds.size() - 1)), kinds.get((i + 2) % (kinds.size() - 1)))));
            em.persist(volunteer);
            volunteers.add(volunteer);
        }
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 200; i++) {
            int category = weighted(random);
            HelpRequest request = new HelpRequest();
            request.setRequestedOn(today.minusDays(7 + random.nextInt(358)));
            request.setCategory(kinds.get(category));
            request.setRequester(INITIALS[random.nextInt(INITIALS.length)]);
            request.setDescription(WHAT[category]);
            if (i % 12 == 0) {
                request.setStatus(HelpStatus.REFERRED);
                request.setReferral(i % 24 == 0 ? Referral.MINING_DAMAGE : Referral.WMO_DESK);
            } else {
                request.setStatus(HelpStatus.DONE);
                request.setCompetition(category == 1 && i % 5 == 0 ? Competition.POSSIBLY : Competition.NO);
                help(request, volunteers.get(random.nextInt(volunteers.size())), random);
            }
            em.persist(request);
        }
        // this week: Henk Bakker is asked for everything, five requests and well over eight hours
        for (int i = 0; i < 6; i++) {
            HelpRequest request = new HelpRequest();
            request.setRequestedOn(
                    today.minusDays(Math.min(i, today.getDayOfWeek().getValue() - 1)));
            request.setCategory(kinds.get(i % 2 == 0 ? 0 : 1));
            request.setRequester(INITIALS[i % INITIALS.length]);
            request.setDescription(WHAT[i % 2 == 0 ? 0 : 1]);
            request.setStatus(i < 5 ? HelpStatus.MATCHED : HelpStatus.OPEN);
            request.setCompetition(Competition.NO);
            if (i < 5) {
                request.assign(volunteers.get(0), BigDecimal.valueOf(2.5));
            }
            em.persist(request);
        }
    }

    private static final List<String> WESTERWOLDE_NAMES = List.of(
            "Hennie Lubbers",
            "Jakob Wubbels",
            "Gerda Kiewiet",
            "Albert Kuiper",
            "Roelie Bruns",
            "Egbert Hidding",
            "Tineke Luring",
            "Frits Schrik",
            "Wilma Dekker",
            "Hamid Rahimi");
    private static final String[] WESTERWOLDE_WHAT = {
        "Rit naar de huisarts in Ter Apel",
        "Gordijnen ophangen",
        "DigiD aanvragen",
        "Wandelen en een praatje",
        "Formulier zorgtoeslag invullen",
        "Meedenken over een vraag"
    };
    /** Target groups with their share in percent of the requests; the rest records none. */
    private static final Map<String, Integer> WESTERWOLDE_SPREAD = Map.of(
            "Ouderen", 40,
            "Mantelzorgers", 20,
            "Gezinnen", 13,
            "Inwoners in het algemeen", 10,
            "Jongeren", 7,
            "Nieuwkomers", 3);

    static void writeWesterwolde(
            EntityManager em, Map<String, HelpCategory> categories, Map<String, TargetGroup> groups, Random random) {
        List<HelpCategory> kinds = new ArrayList<>(categories.values());
        kinds.sort((a, b) -> a.getPosition() - b.getPosition());
        List<Volunteer> volunteers = new ArrayList<>();
        for (int i = 0; i < WESTERWOLDE_NAMES.size(); i++) {
            Volunteer volunteer = new Volunteer();
            volunteer.setName(WESTERWOLDE_NAMES.get(i));
            volunteer.setAvailability(i % 2 == 0 ? "Doordeweeks overdag" : "Dinsdag- en donderdagmiddag");
            volunteer.setActiveSince(LocalDate.of(2024, 1 + i, 1));
            volunteer.setAffinities(new ArrayList<>(List.of(kinds.get(i % kinds.size()))));
            em.persist(volunteer);
            volunteers.add(volunteer);
        }
        List<String> spread = new ArrayList<>(WESTERWOLDE_SPREAD.keySet());
        spread.sort(String::compareTo);
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 160; i++) {
            // the last three fall in the last days, so the current half year always has some
            LocalDate day = i < 3 ? today.minusDays(i) : today.minusDays(3 + random.nextInt(362));
            int category = weighted(random);
            HelpRequest request = new HelpRequest();
            request.setRequestedOn(day);
            request.setCategory(kinds.get(category));
            request.setRequester(INITIALS[random.nextInt(INITIALS.length)]);
            request.setDescription(WESTERWOLDE_WHAT[category]);
            request.setTargetGroup(groups.get(targetGroup(spread, random)));
            if (i < 3) {
                request.setStatus(HelpStatus.MATCHED);
                request.setCompetition(Competition.NO);
                request.assign(volunteers.get(i), BigDecimal.ONE);
            } else if (i % 15 == 0) {
                request.setStatus(HelpStatus.REFERRED);
                request.setReferral(Referral.WMO_DESK);
            } else {
                request.setStatus(HelpStatus.DONE);
                request.setCompetition(Competition.NO);
                help(request, volunteers.get(random.nextInt(volunteers.size())), random);
            }
            em.persist(request);
        }
    }

    /** A target group drawn by {@link #WESTERWOLDE_SPREAD}, or null (not recorded) for the rest. */
    private static String targetGroup(List<String> names, Random random) {
        int roll = random.nextInt(100);
        for (String name : names) {
            roll -= WESTERWOLDE_SPREAD.get(name);
            if (roll < 0) {
                return name;
            }
        }
        return null;
    }

    private static void help(HelpRequest request, Volunteer volunteer, Random random) {
        request.assign(volunteer, BigDecimal.valueOf(1 + random.nextInt(6)).divide(BigDecimal.valueOf(2)));
    }

    /** Transport and odd jobs are asked for most, as in Middelstum. */
    private static int weighted(Random random) {
        int roll = random.nextInt(100);
        return roll < 35 ? 0 : roll < 60 ? 1 : roll < 75 ? 2 : roll < 87 ? 3 : roll < 96 ? 4 : 5;
    }
}
