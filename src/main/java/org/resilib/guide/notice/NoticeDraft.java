package org.resilib.guide.notice;

import java.time.Instant;
import java.util.Map;
import org.resilib.guide.GuideInput;
import org.resilib.guide.NoticeAudience;
import org.resilib.guide.Severity;
import org.resilib.web.DomainException;

/**
 * A notice as checked before it is stored: a title in at least one language, a known severity and audience, and an
 * expiry after the publish time (which is now when not given). Every refusal names the field.
 */
record NoticeDraft(Map<String, String> title, Map<String, String> body, Severity severity, NoticeAudience audience,
        Instant publishAt, Instant expiresAt) {

    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 20_000;

    static NoticeDraft of(Map<String, String> title, Map<String, String> body, String severity, String audience,
            Instant publishAt, Instant expiresAt, Instant now) {
        Map<String, String> t = GuideInput.texts("title", title, TITLE_MAX, true);
        Map<String, String> b = GuideInput.texts("body", body, BODY_MAX, false);
        Severity s = severity == null || severity.isBlank() ? Severity.INFO : Severity.fromKey(severity.strip())
                .orElseThrow(() -> DomainException.badRequest("severity", "guide_error_unknown_severity"));
        NoticeAudience a = audience == null || audience.isBlank() ? NoticeAudience.EVERYONE
                : NoticeAudience.fromKey(audience.strip())
                        .orElseThrow(() -> DomainException.badRequest("audience", "guide_error_unknown_audience"));
        Instant publish = publishAt == null ? now : publishAt;
        if (expiresAt != null && !expiresAt.isAfter(publish)) {
            throw DomainException.badRequest("expiresAt", "guide_error_expiry_before_publish");
        }
        return new NoticeDraft(t, b, s, a, publish, expiresAt);
    }
}
