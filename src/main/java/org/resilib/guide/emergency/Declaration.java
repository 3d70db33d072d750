package org.resilib.guide.emergency;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.resilib.guide.GuideInput;
import org.resilib.guide.ServiceArea;
import org.resilib.web.DomainException;

/**
 * A declaration as checked: texts in at least one language, the start (now when not given), an expected end after
 * it, known service areas. Every refusal names the field; nothing is stored before all hold.
 */
record Declaration(Map<String, String> title, Map<String, String> message, Instant startsAt, Instant expectedEndAt,
        List<String> affected, boolean mailEveryone) {

    static final int TITLE_MAX = 200;
    static final int MESSAGE_MAX = 2000;

    static Declaration of(Map<String, String> title, Map<String, String> message, Instant startsAt,
            Instant expectedEndAt, List<String> affected, boolean mailEveryone, Instant now) {
        Map<String, String> t = GuideInput.texts("title", title, TITLE_MAX, true);
        Map<String, String> m = GuideInput.texts("message", message, MESSAGE_MAX, false);
        Instant start = startsAt == null ? now : startsAt;
        if (expectedEndAt != null && !expectedEndAt.isAfter(start)) {
            throw DomainException.badRequest("expectedEndAt", "guide_error_end_before_start");
        }
        List<String> areas = new ArrayList<>();
        for (String a : affected == null ? List.<String>of() : affected) {
            String key = ServiceArea.fromKey(a == null ? "" : a.strip())
                    .orElseThrow(() -> DomainException.badRequest("affected", "guide_error_unknown_area")).key();
            if (!areas.contains(key)) {
                areas.add(key);
            }
        }
        return new Declaration(t, m, start, expectedEndAt, List.copyOf(areas), mailEveryone);
    }
}
