package org.resilib.guide;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.resilib.text.LocalizedText;

/** A notice as kept: title and Markdown body per language, shown between its publish and expiry times. */
public record PostedNotice(long id, Map<String, String> title, Map<String, String> body, Severity severity,
        NoticeAudience audience, Instant publishAt, Instant expiresAt, String createdBy, Instant updatedAt) {

    public boolean current(Instant now) {
        return !publishAt.isAfter(now) && (expiresAt == null || expiresAt.isAfter(now));
    }

    public String title(Locale locale) {
        return LocalizedText.pick(title, locale);
    }

    public String body(Locale locale) {
        return LocalizedText.pick(body, locale);
    }

    /** The language of the title shown for {@code locale} (for {@code lang} where it is not the page's). */
    public String titleLanguage(Locale locale) {
        return LocalizedText.pickKey(title, locale);
    }
}
