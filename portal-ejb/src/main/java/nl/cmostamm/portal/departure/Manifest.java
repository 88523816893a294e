package nl.cmostamm.portal.departure;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an export holds, written into it last (when every count is known): {@code LEESMIJ.txt} for
 * people, in Dutch, and {@code manifest.json} for programs. Both name every file, what it is and how
 * many rows it has, the moment of the export and the tables deliberately left out.
 *
 * @param initiativeId the initiative's id, as every row's {@code initiative_id} holds it
 * @param name the initiative's name at the moment of the export
 * @param slug its short name in addresses
 * @param exportedAt when the export began; every row is as it stood then
 * @param tables each exported table with its files and row count, in the order written
 * @param files the files written beside the tables (photos, a logo), by path, with their table
 * @param leftOut the tables deliberately not exported, with why
 */
record Manifest(
        long initiativeId,
        String name,
        String slug,
        OffsetDateTime exportedAt,
        List<Table> tables,
        Map<String, String> files,
        List<InitiativeTables.Kind> leftOut) {

    static final String README = "LEESMIJ.txt";
    static final String JSON = "manifest.json";
    static final String CSV_FOLDER = "csv/";
    static final String JSON_FOLDER = "json/";
    static final String FILE_FOLDER = "bestanden/";

    private static final DateTimeFormatter DUTCH_MOMENT =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'om' HH:mm:ss (xxx)", Locale.forLanguageTag("nl"));

    /** One exported table: what it is, how many rows, and its two files. */
    record Table(InitiativeTables.Kind kind, long rows) {

        String csv() {
            return CSV_FOLDER + kind.table() + ".csv";
        }

        String json() {
            return JSON_FOLDER + kind.table() + ".json";
        }
    }

    long totalRows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    /** The Dutch read-me. */
    String readme() {
        StringBuilder text = new StringBuilder();
        text.append("Volledige export van de gegevens van ").append(name).append("\r\n");
        text.append("=".repeat(Math.min(100, 36 + name.length()))).append("\r\n\r\n");
        text.append("Initiatief: ")
                .append(name)
                .append(" (id ")
                .append(initiativeId)
                .append(", korte naam ")
                .append(slug)
                .append(")\r\n");
        text.append("Moment van de export: ")
                .append(DUTCH_MOMENT.format(exportedAt.atZoneSameInstant(java.time.ZoneId.of("Europe/Amsterdam"))))
                .append(" (ISO 8601: ")
                .append(exportedAt)
                .append(")\r\n");
        text.append("Gemaakt door het Inwonerskracht-portaal van CMO STAMM.\r\n\r\n");
        text.append("LET OP: deze export bevat persoonsgegevens en mogelijk gezondheidsgegevens (verhalen,\r\n"
                + "vrijwilligers met contactgegevens, antwoorden op vragenlijsten). Bewaar en deel hem zorgvuldig\r\n"
                + "en verwijder hem wanneer hij niet meer nodig is.\r\n\r\n");
        text.append("Hoe de bestanden zijn opgebouwd\r\n-------------------------------\r\n");
        text.append("- Per soort gegeven (per tabel) een CSV-bestand in csv/ en een JSON-bestand in json/ met\r\n"
                + "  precies dezelfde rijen: elk gegeven, elk veld.\r\n");
        text.append(
                "- CSV: UTF-8 met BOM, puntkomma als scheidingsteken, de eerste rij noemt de velden. Een cel die\r\n"
                        + "  een spreadsheet als formule zou uitvoeren (begint met =, +, -, @) krijgt een apostrof ervoor;\r\n"
                        + "  het JSON-bestand bevat de waarde zonder die apostrof.\r\n");
        text.append("- JSON: een lijst met per rij een object; getallen zijn getallen, ja/nee is true/false,\r\n"
                + "  data en tijden zijn ISO 8601, een lege waarde is null.\r\n");
        text.append("- Verwijzingen tussen gegevens zijn id's: goal_id in indicator verwijst naar id in goal.\r\n");
        text.append(
                "- Foto's en het logo staan als bestand in bestanden/; in de tabel staat het pad van het bestand.\r\n");
        text.append("- Personen met een account staan alleen met id en naam in account; geen e-mailadres.\r\n\r\n");
        text.append("Bestanden (")
                .append(tables.size())
                .append(" soorten gegevens, ")
                .append(totalRows())
                .append(" rijen, ")
                .append(files.size())
                .append(" bestanden met foto's of logo)\r\n");
        text.append("-".repeat(40)).append("\r\n");
        for (Table table : tables) {
            text.append(table.csv())
                    .append(" en ")
                    .append(table.json())
                    .append(": ")
                    .append(table.kind().dutch())
                    .append(" - ")
                    .append(table.rows())
                    .append(table.rows() == 1 ? " rij" : " rijen")
                    .append("\r\n");
        }
        if (!files.isEmpty()) {
            text.append("\r\n")
                    .append(FILE_FOLDER)
                    .append(": ")
                    .append(files.size())
                    .append(files.size() == 1 ? " bestand" : " bestanden")
                    .append(" (foto's bij verhalen en het logo van het feitenblad)\r\n");
        }
        if (!leftOut.isEmpty()) {
            text.append("\r\nBewust niet in deze export\r\n--------------------------\r\n");
            for (InitiativeTables.Kind kind : leftOut) {
                text.append(kind.table()).append(": ").append(kind.dutch()).append("\r\n");
            }
        }
        text.append("\r\n").append(JSON).append(": dezelfde inhoud als dit bestand, voor programma's.\r\n");
        return text.toString();
    }

    /** The same, for programs. */
    String json() {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject();
            json.writeStartObject("initiative")
                    .write("id", initiativeId)
                    .write("name", name)
                    .write("slug", slug)
                    .writeEnd();
            json.write("exportedAt", exportedAt.toString());
            json.writeStartArray("tables");
            for (Table table : tables) {
                json.writeStartObject()
                        .write("table", table.kind().table())
                        .write("description", table.kind().dutch())
                        .write("rows", table.rows())
                        .write("csv", table.csv())
                        .write("json", table.json())
                        .writeEnd();
            }
            json.writeEnd();
            json.writeStartArray("files");
            files.forEach((path, table) -> json.writeStartObject()
                    .write("path", path)
                    .write("table", table)
                    .writeEnd());
            json.writeEnd();
            json.writeStartArray("leftOut");
            for (InitiativeTables.Kind kind : leftOut) {
                json.writeStartObject()
                        .write("table", kind.table())
                        .write("reason", kind.dutch())
                        .writeEnd();
            }
            json.writeEnd();
            json.writeEnd();
        }
        return out.toString();
    }
}
