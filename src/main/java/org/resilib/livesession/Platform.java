package org.resilib.livesession;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Optional;
import org.resilib.web.DomainException;

/** Where a session takes place: a meeting platform, or in person. The key is what the API and the database carry. */
public enum Platform {
    TENCENT_MEETING("tencent-meeting"), RAIN_CLASSROOM("rain-classroom"), ZOOM("zoom"),
    BIGBLUEBUTTON("bigbluebutton"), TEAMS("teams"), IN_PERSON("in-person"), OTHER("other");

    private final String key;

    Platform(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<Platform> fromKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    /** A request's value: null or blank is none, an unknown key is a 400 naming the field. */
    public static Platform parse(String field, String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        return fromKey(key.strip()).orElseThrow(() -> DomainException.badRequest(field, "session_platform_invalid"));
    }

    @Converter
    public static class DbConverter implements AttributeConverter<Platform, String> {
        @Override
        public String convertToDatabaseColumn(Platform platform) {
            return platform == null ? null : platform.key();
        }

        @Override
        public Platform convertToEntityAttribute(String key) {
            return key == null ? null
                    : fromKey(key).orElseThrow(() -> new IllegalStateException("Unknown platform " + key));
        }
    }
}
