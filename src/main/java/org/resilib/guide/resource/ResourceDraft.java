package org.resilib.guide.resource;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.resilib.guide.GuideInput;
import org.resilib.web.DomainException;

/**
 * A resource as checked before it is stored: a slug, a name in at least one language, an http(s) address, a known
 * kind and access method, a template of its own only where the method takes one (holding {@code {url}}), dates as
 * {@code YYYY-MM-DD}. Every refusal names its field.
 */
record ResourceDraft(String slug, Map<String, String> name, Map<String, String> description, String url,
        String kind, String vendor, List<String> subjects, AccessMethod access, String accessTemplate,
        LocalDate trialUntil, LocalDate freeUntil, LocalDate temporaryUntil, Map<String, String> temporaryNote,
        String temporaryAudience, LocalDate newUntil) {

    static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,79}");
    static final Set<String> KINDS = Set.of("database", "ebooks", "journals", "free-web", "other");
    static final Set<String> AUDIENCES = Set.of("members", "students", "staff");

    /** What a form, the API or a CSV row gives, as text. */
    record Given(String slug, Map<String, String> name, Map<String, String> description, String url, String kind,
            String vendor, List<String> subjects, String access, String accessTemplate, String trialUntil,
            String freeUntil, String temporaryUntil, Map<String, String> temporaryNote, String temporaryAudience,
            String newUntil) {
    }

    static ResourceDraft of(Given g) {
        String slug = g.slug() == null ? "" : g.slug().strip();
        if (!SLUG.matcher(slug).matches()) {
            throw DomainException.badRequest("slug", "guide_error_resource_slug");
        }
        Map<String, String> name = GuideInput.texts("name", g.name(), 200, true);
        Map<String, String> description = GuideInput.texts("description", g.description(), 2000, false);
        String url = g.url() == null ? "" : g.url().strip();
        if (url.length() > 2000 || !OffCampusLink.httpUrl(url)) {
            throw DomainException.badRequest("url", "guide_error_url");
        }
        String kind = g.kind() == null || g.kind().isBlank() ? "database" : g.kind().strip();
        if (!KINDS.contains(kind)) {
            throw DomainException.badRequest("kind", "guide_error_resource_kind");
        }
        AccessMethod access = AccessMethod.fromKey(g.access() == null ? "" : g.access().strip())
                .orElseThrow(() -> DomainException.badRequest("access", "guide_error_access"));
        String template = g.accessTemplate() == null || g.accessTemplate().isBlank() ? null
                : g.accessTemplate().strip();
        if (template != null) {
            boolean fits = access.templated() ? OffCampusLink.validTemplate(template)
                    : access == AccessMethod.WEBVPN && OffCampusLink.httpUrl(template);
            if (!fits || template.length() > 2000) {
                throw DomainException.badRequest("accessTemplate", "guide_error_template");
            }
        }
        List<String> subjects = new ArrayList<>();
        for (String s : g.subjects() == null ? List.<String>of() : g.subjects()) {
            String t = s == null ? "" : s.strip();
            if (t.length() > 60 || subjects.size() >= 20) {
                throw DomainException.badRequest("subjects", "guide_error_too_long");
            }
            if (!t.isEmpty() && !subjects.contains(t)) {
                subjects.add(t);
            }
        }
        String audience = g.temporaryAudience() == null || g.temporaryAudience().isBlank() ? null
                : g.temporaryAudience().strip();
        if (audience != null && !AUDIENCES.contains(audience)) {
            throw DomainException.badRequest("temporaryAudience", "guide_error_unknown_audience");
        }
        LocalDate temporaryUntil = date("temporaryUntil", g.temporaryUntil());
        Map<String, String> note = GuideInput.texts("temporaryNote", g.temporaryNote(), 2000, false);
        String vendor = g.vendor() == null || g.vendor().isBlank() ? null : g.vendor().strip();
        if (vendor != null && vendor.length() > 200) {
            throw DomainException.badRequest("vendor", "guide_error_too_long");
        }
        return new ResourceDraft(slug, name, description, url, kind, vendor, List.copyOf(subjects), access, template,
                date("trialUntil", g.trialUntil()), date("freeUntil", g.freeUntil()), temporaryUntil, note,
                audience == null && !note.isEmpty() ? "members" : audience, date("newUntil", g.newUntil()));
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw DomainException.badRequest(field, "guide_error_date");
        }
    }
}
