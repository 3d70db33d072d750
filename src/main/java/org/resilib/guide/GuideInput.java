package org.resilib.guide;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.resilib.web.DomainException;

/** The checks the guide's forms and API share: texts per language and times, each refusal naming its field. */
public final class GuideInput {

    private GuideInput() {
    }

    /**
     * The texts of a field per language tag ({@code zh-CN}, {@code en}), blank ones left out; at least one when
     * {@code required}, none longer than {@code max}.
     */
    public static Map<String, String> texts(String field, Map<String, String> given, int max, boolean required) {
        Map<String, String> out = new LinkedHashMap<>();
        if (given != null) {
            given.forEach((tag, text) -> {
                if (text != null && !text.isBlank()) {
                    if (text.length() > max) {
                        throw DomainException.badRequest(field + "." + tag, "guide_error_too_long");
                    }
                    out.put(tag, text.strip());
                }
            });
        }
        if (required && out.isEmpty()) {
            throw DomainException.badRequest(field, "guide_error_text_required");
        }
        return out;
    }

    /** Texts from a form's Chinese and English fields. */
    public static Map<String, String> zhEn(String zh, String en) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("zh-CN", zh);
        m.put("en", en);
        return m;
    }

    /** An instant given as ISO 8601 with an offset ({@code 2026-03-01T08:00:00+08:00}); null when empty. */
    public static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeException e) {
            throw DomainException.badRequest(field, "guide_error_time");
        }
    }

    /** An instant given as a form's local date and time in the viewer's zone; null when empty. */
    public static Instant local(String field, String value, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ZonedDateTime.of(LocalDateTime.parse(value.strip()), zone).toInstant();
        } catch (DateTimeException e) {
            throw DomainException.badRequest(field, "guide_error_time");
        }
    }
}
