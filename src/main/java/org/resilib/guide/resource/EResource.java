package org.resilib.guide.resource;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resilib.text.LocalizedText;

/** A resource of the directory as kept; the flags' dates are the last day each holds. */
public record EResource(long id, String slug, Map<String, String> name, Map<String, String> description, String url,
        String kind, String vendor, List<String> subjects, AccessMethod access, String accessTemplate,
        LocalDate trialUntil, LocalDate freeUntil, LocalDate temporaryUntil, Map<String, String> temporaryNote,
        String temporaryAudience, LocalDate newUntil) {

    public String name(Locale locale) {
        return LocalizedText.pick(name, locale);
    }

    public String description(Locale locale) {
        return LocalizedText.pick(description, locale);
    }

    /** Whether the directory lists it on {@code today}: a trial is gone after its last day. */
    public boolean listed(LocalDate today) {
        return trialUntil == null || !trialUntil.isBefore(today);
    }

    /** The flags that hold on {@code today}: {@code trial}, {@code free}, {@code temporary}, {@code new}. */
    public List<String> flags(LocalDate today) {
        return java.util.stream.Stream.of(holds(trialUntil, today) ? "trial" : null,
                holds(freeUntil, today) ? "free" : null, holds(temporaryUntil, today) ? "temporary" : null,
                holds(newUntil, today) ? "new" : null).filter(f -> f != null).toList();
    }

    /** The letter the A–Z list files it under: the first letter of its English (else any) name, or {@code #}. */
    public String letter() {
        String n = LocalizedText.pick(name, Locale.ENGLISH).strip();
        char c = n.isEmpty() ? '#' : Character.toUpperCase(n.charAt(0));
        return c >= 'A' && c <= 'Z' ? String.valueOf(c) : "#";
    }

    private static boolean holds(LocalDate until, LocalDate today) {
        return until != null && !until.isBefore(today);
    }
}
