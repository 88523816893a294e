package nl.cmostamm.portal.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} attribute as a {@code TIMESTAMPTZ} through {@link OffsetDateTime}.
 * JPA 3.1, which Payara Server 6 serves with EclipseLink 4.0, does not know {@code Instant} and
 * would write it as serialised bytes (PostgreSQL refuses them for a timestamp column); Payara
 * Micro 7's EclipseLink 5 would map it itself. One converter, applied everywhere, works on both.
 */
@Converter(autoApply = true)
public class InstantAttribute implements AttributeConverter<Instant, OffsetDateTime> {

    @Override
    public OffsetDateTime convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public Instant convertToEntityAttribute(OffsetDateTime stored) {
        return stored == null ? null : stored.toInstant();
    }
}
