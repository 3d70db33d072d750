package org.resilib.livesession;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.resilib.course.Audience;
import org.resilib.web.DomainException;

/** The course feature's {@link Audience} as a session's: read from requests and stored by its key. */
public final class Audiences {

    private Audiences() {
    }

    /** A request's value: null or blank is none, an unknown key is a 400 naming the field. */
    public static Audience parse(String field, String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        return Audience.fromKey(key.strip()).orElseThrow(() -> DomainException.badRequest(field, "invalid_audience"));
    }

    @Converter
    public static class DbConverter implements AttributeConverter<Audience, String> {
        @Override
        public String convertToDatabaseColumn(Audience audience) {
            return audience == null ? null : audience.key();
        }

        @Override
        public Audience convertToEntityAttribute(String key) {
            return key == null ? null
                    : Audience.fromKey(key).orElseThrow(() -> new IllegalStateException("Unknown audience " + key));
        }
    }
}
