package nl.cmostamm.portal.web.admin;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.cmostamm.portal.person.PersonDataset;
import nl.cmostamm.portal.person.PersonRecord;
import nl.cmostamm.portal.person.RecordKind;
import nl.cmostamm.portal.person.RecordRef;

/** One person's records as the service reads them: an account, a volunteer with hours, a story. */
final class PersonDataSamples {

    static final String NAME = "Hilje <b>Visser</b> & Co";
    static final String EMAIL = "hilje@example.nl";
    static final String PHONE = "06-12345678";

    private PersonDataSamples() {}

    static PersonDataset dataset() {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("id", 41L);
        account.put("email", EMAIL);
        account.put("name", NAME);
        account.put("active", true);
        account.put("createdAt", "2026-03-01T09:15:00Z");

        Map<String, Object> volunteer = new LinkedHashMap<>();
        volunteer.put("id", 7L);
        volunteer.put("name", NAME);
        volunteer.put("phone", PHONE);
        volunteer.put("email", EMAIL);
        volunteer.put("skills", null);
        volunteer.put("activeSince", "2025-05-01");
        volunteer.put("likesToHelpWith", List.of(Map.of("category", "Vervoer")));
        Map<String, Object> help = new LinkedHashMap<>();
        help.put("requestedOn", "2026-11-02");
        help.put("category", "Vervoer");
        help.put("status", "DONE");
        help.put("hours", new BigDecimal("2.50"));
        volunteer.put("helpGiven", List.of(help));

        Map<String, Object> story = new LinkedHashMap<>();
        story.put("id", 12L);
        story.put("title", "Weer onder de mensen");
        story.put("body", "Eerste regel\nTweede regel met <script>alert(1)</script>");
        story.put("consentPublication", false);

        return new PersonDataset(
                "AVG-2026-014",
                Instant.parse("2026-11-30T14:05:00Z"),
                List.of(
                        new PersonRecord(new RecordRef(null, RecordKind.ACCOUNT, 41), null, account),
                        new PersonRecord(
                                new RecordRef(3L, RecordKind.VOLUNTEER, 7), "Dorpsloket Middelstum", volunteer),
                        new PersonRecord(new RecordRef(3L, RecordKind.STORY, 12), "Dorpsloket Middelstum", story)));
    }
}
