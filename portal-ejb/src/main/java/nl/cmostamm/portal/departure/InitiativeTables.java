package nl.cmostamm.portal.departure;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every kind of record an initiative has, by table, with what it is in Dutch and English: the
 * explicit list that the export's manifest and the leave page describe, and that the tests hold
 * against the schema ({@code InitiativeTablesTest} against the migrations, {@code InitiativeLeavesIT}
 * against the live catalogue). The export and the purge themselves are driven by the catalogue, so
 * a table added later is exported and purged even before it is described here; the tests fail until
 * it is, so that nobody ships a table whose place in the export nobody decided.
 *
 * <p>Three groups: tables with an {@code initiative_id} (the initiative's own rows), link tables
 * without one whose rows belong to the initiative through a parent (a goal's themes), and tables
 * deliberately left out of the export, with the reason (they are purged all the same).
 */
public final class InitiativeTables {

    /** One kind of record: its table, and what it is, in Dutch and in English. */
    public record Kind(String table, String dutch, String english) implements Serializable {}

    /** The rows of the initiative row itself, the profile: exported first, removed last. */
    public static final Kind PROFILE =
            new Kind("initiative", "Het profiel van het initiatief", "The initiative's profile");

    /** The accounts the data names by id (board, advisors, audit log): only id and name. */
    public static final Kind PEOPLE = new Kind(
            "account",
            "Personen met een account die in deze gegevens voorkomen (alleen id en naam; geen e-mailadres of wachtwoord)",
            "People with an account named in this data (only id and name; no e-mail address or password)");

    private static final Map<String, Kind> OWN = new LinkedHashMap<>();
    private static final Map<String, Kind> LINKED = new LinkedHashMap<>();
    private static final Map<String, Kind> LEFT_OUT = new LinkedHashMap<>();

    static {
        own("board_membership", "Bestuursleden en hun rol", "Board members and their role");
        own("advisor_assignment", "Toegewezen adviseurs van CMO STAMM", "Assigned advisors of CMO STAMM");
        own("value_theme", "Waardethema's", "Value themes");
        own("societal_effect", "Maatschappelijke effecten", "Societal effects");
        own("target_group", "Doelgroepen", "Target groups");
        own("goal", "Doelen", "Goals");
        own("indicator", "Indicatoren", "Indicators");
        own("measurement", "Metingen", "Measurements");
        own("audit_entry", "Wijzigingenlogboek (wie las, wijzigde of exporteerde wat)", "Audit log");
        own("activity", "Activiteiten", "Activities");
        own("activity_occurrence", "Keren dat een activiteit plaatsvond, met aantallen", "Activity occurrences");
        own("help_category", "Hulpcategorieën van het logboek", "Help categories of the logbook");
        own("volunteer", "Vrijwilligers (met contactgegevens)", "Volunteers (with contact details)");
        own("help_request", "Hulpvragen (logboek)", "Help requests (logbook)");
        own("help_assignment", "Inzet van vrijwilligers per hulpvraag", "Volunteers assigned to help requests");
        own("logbook_setting", "Instellingen van het logboek (belastingsgrenzen)", "Logbook settings");
        own("story", "Verhalen (gezondheidsgegevens mogelijk)", "Stories (may contain health data)");
        own("story_consent", "Toestemmingen bij verhalen", "Consents for stories");
        own("story_photo", "Foto's bij verhalen (de foto's zelf staan in bestanden/)", "Story photos");
        own("stakeholder_group", "Belanghebbenden", "Stakeholder groups");
        own("involvement_session", "Bijeenkomsten met belanghebbenden", "Involvement sessions");
        own("involvement_participation", "Deelname van belanghebbenden aan bijeenkomsten", "Involvement per group");
        own("survey", "Vragenlijsten", "Surveys");
        own("survey_question", "Vragen van vragenlijsten", "Survey questions");
        own("survey_wave", "Rondes (afnames) van vragenlijsten", "Survey waves");
        own("survey_link", "Openbare links van rondes (alleen de hash)", "Public wave links (hash only)");
        own("survey_response", "Ingevulde vragenlijsten (anoniem)", "Survey responses (anonymous)");
        own("survey_answer", "Antwoorden per vraag", "Answers per question");
        own("method_choice", "Gekozen methoden en notitie van de adviseur", "Chosen methods and advisor's note");
        own("toc_plan", "Stappenplan verandertheorie", "Theory of Change step plan");
        own("toc_element", "Elementen van de verandertheorie", "Theory of Change elements");
        own("toc_link", "Verbanden en aannames van de verandertheorie", "Theory of Change links and assumptions");
        own("toc_comment", "Opmerkingen bij elementen van de verandertheorie", "Comments on Theory of Change elements");
        own("toc_version", "Bevroren versies van de verandertheorie", "Frozen Theory of Change versions");
        own("sroi_analysis", "SROI-analyses", "SROI analyses");
        own("sroi_stakeholder", "Belanghebbenden per SROI-analyse", "SROI stakeholders");
        own("sroi_input", "Inputs van SROI-analyses", "SROI inputs");
        own("sroi_output", "Outputs van SROI-analyses", "SROI outputs");
        own("sroi_outcome", "Outcomes van SROI-analyses met hun aannames", "SROI outcomes with their assumptions");
        own("sroi_scenario", "Scenario's van SROI-analyses", "SROI scenarios");
        own("msc_domain", "Domeinen van verandering (MSC)", "Domains of change (MSC)");
        own("msc_round", "Rondes verhalen kiezen (MSC)", "MSC rounds");
        own("msc_entry", "Verhalen in een MSC-ronde", "Stories entered in an MSC round");
        own("msc_panel", "Panels van MSC-rondes", "MSC panels");
        own("msc_selection", "Keuzes van panels met hun redenen", "Panel choices with reasons");
        own("msc_feedback", "Terugkoppeling aan vertellers", "Feedback to tellers");
        own("effect", "Effectmetingen", "Effect measurements");
        own("effect_comparison", "Vergelijkingen van rondes per effect", "Wave comparisons per effect");
        own(
                "initiative_signal",
                "Kerncijfers voor het dashboard van de adviseur",
                "Key figures for the advisor's dashboard");
        own(
                "initiative_signal_theme",
                "Thema's voor het dashboard van de adviseur",
                "Themes for the advisor's dashboard");
        own("initiative_alert", "Signalen voor het dashboard van de adviseur", "Alerts for the advisor's dashboard");
        own("fact_sheet", "Feitenblad (het logo staat in bestanden/)", "Fact sheet (its logo is in bestanden/)");
        own(
                "fact_sheet_link",
                "Openbare links van het feitenblad (alleen de hash)",
                "Public fact sheet links (hash only)");
        own(
                "workshop_session_initiative",
                "Workshopbijeenkomsten voor dit initiatief (alleen de koppeling)",
                "Workshop sessions for this initiative (the link only)");

        linked("goal_value_theme", "Waardethema's per doel", "Value themes per goal");
        linked("goal_target_group", "Doelgroepen per doel", "Target groups per goal");
        linked(
                "volunteer_affinity",
                "Voorkeuren van vrijwilligers per hulpcategorie",
                "Volunteers' preferred categories");
        linked("story_value_theme", "Waardethema's per verhaal", "Value themes per story");
        linked("story_goal", "Doelen per verhaal", "Goals per story");
        linked("toc_element_indicator", "Indicatoren per element van de verandertheorie", "Indicators per ToC element");
        linked("toc_element_story", "Verhalen per element van de verandertheorie", "Stories per ToC element");
        linked("toc_element_survey", "Vragenlijsten per element van de verandertheorie", "Surveys per ToC element");
        linked("effect_indicator", "Indicatoren per effectmeting", "Indicators per effect measurement");
        linked("activity_target_group", "Doelgroepen per activiteit", "Target groups per activity");

        LEFT_OUT.put(
                "initiative_visit",
                new Kind(
                        "initiative_visit",
                        "Niet geëxporteerd: wanneer medewerkers van CMO STAMM het initiatief voor het laatst bezochten"
                                + " (hun eigen boekhouding, geen gegevens van het initiatief). Wel verwijderd.",
                        "Not exported: when CMO STAMM staff last visited the initiative (their own bookkeeping, not"
                                + " the initiative's data). Removed all the same."));
    }

    private InitiativeTables() {}

    private static void own(String table, String dutch, String english) {
        OWN.put(table, new Kind(table, dutch, english));
    }

    private static void linked(String table, String dutch, String english) {
        LINKED.put(table, new Kind(table, dutch, english));
    }

    /** The described tables with an {@code initiative_id}, exported or not. */
    public static Map<String, Kind> own() {
        Map<String, Kind> all = new LinkedHashMap<>(OWN);
        all.putAll(LEFT_OUT);
        return all;
    }

    /** The described link tables, whose rows belong to the initiative through a parent row. */
    public static Map<String, Kind> linked() {
        return Map.copyOf(LINKED);
    }

    /** Whether {@code table} is deliberately left out of the export (it is purged all the same). */
    public static boolean leftOut(String table) {
        return LEFT_OUT.containsKey(table);
    }

    /** What {@code table} holds; for a table nobody described yet, a line that says so. */
    public static Kind describe(String table) {
        return Optional.ofNullable(OWN.get(table))
                .or(() -> Optional.ofNullable(LINKED.get(table)))
                .or(() -> Optional.ofNullable(LEFT_OUT.get(table)))
                .orElse(new Kind(
                        table,
                        "Gegevens uit tabel " + table + " (nog zonder beschrijving)",
                        "Records of table " + table + " (not described yet)"));
    }

    /** Its place in a sorted list: the order the list above gives, new tables after them. */
    static int position(String table) {
        int i = 0;
        for (String known : OWN.keySet()) {
            if (known.equals(table)) {
                return i;
            }
            i++;
        }
        for (String known : LINKED.keySet()) {
            if (known.equals(table)) {
                return i;
            }
            i++;
        }
        return Integer.MAX_VALUE;
    }
}
