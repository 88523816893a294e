package nl.cmostamm.portal.person;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One ticked record with every field it holds, for the export: field names in English camel case
 * (the JSON's keys and the PDF's label keys), values as strings, numbers, booleans, or lists of
 * such maps (a volunteer's help given, a participant's answers). Dates and moments are ISO text.
 */
public record PersonRecord(RecordRef ref, String initiativeName, Map<String, Object> fields) implements Serializable {

    public PersonRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
