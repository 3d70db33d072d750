package org.resilib.guide;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resilib.text.LocalizedText;

/** A declared emergency as kept: open while {@code endedAt} is null, shown from its start. */
public record DeclaredEmergency(long id, Map<String, String> title, Map<String, String> message, Instant startsAt,
        Instant expectedEndAt, List<String> affected, boolean mailEveryone, String declaredBy, Instant declaredAt,
        Instant endedAt, String endedBy) {

    /** Whether the banner shows it at {@code now}: declared, started and not ended. */
    public boolean showing(Instant now) {
        return endedAt == null && !startsAt.isAfter(now);
    }

    public String title(Locale locale) {
        return LocalizedText.pick(title, locale);
    }

    public String message(Locale locale) {
        return LocalizedText.pick(message, locale);
    }
}
