package nl.cmostamm.portal.person;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** What an export hands to the person: the admin's reference, when it was made, and every ticked record. */
public record PersonDataset(String reference, Instant madeAt, List<PersonRecord> records) implements Serializable {

    public PersonDataset {
        records = List.copyOf(records);
    }
}
