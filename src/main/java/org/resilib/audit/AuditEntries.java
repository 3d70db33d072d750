package org.resilib.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Audit events as the admin page reads them: one sentence per event ({@code audit_line_<action>}, with who did it
 * and what it concerned by name), and the details by label, with coded values (yes/no, reasons, roles, settings)
 * as message keys for the reader's language. The API keeps the stored form ({@code person:12}, JSON details).
 */
public final class AuditEntries {

    /** Details whose value is a person's id. */
    public static final Set<String> PERSON_DETAILS = Set.of("learner", "added", "removed");
    /** Details with a label of their own ({@code audit_detail_<key>}); others are shown as stored. */
    public static final Set<String> LABELLED = Set.of("created", "competencies", "detached", "reason", "code", "level",
            "loaded", "updated", "archived", "rejected", "count", "slot", "points", "learner", "version",
            "restoredFrom", "added", "owner", "removed", "value", "before", "after", "source", "minutes", "method",
            "subject", "name", "setting");
    /** Coded reasons ({@code audit_value_reason_<code>}); any other reason is an admin's own words. */
    public static final Set<String> REASONS = Set.of("password", "locked", "local_sign_in_off", "password_changed",
            "password_reset", "deactivated");
    public static final Set<String> METHODS = Set.of("password");
    public static final Set<String> SOURCES = Set.of("sso");
    public static final Set<String> ROLES = Set.of("student", "librarian", "instructor", "editor", "admin");
    public static final Set<String> SETTINGS = Set.of("local-sign-in", "accounts.self-registration");

    private static final Pattern PERSON_ID = Pattern.compile("person:(\\d+)");
    private static final Pattern PREFIXED = Pattern.compile("(person|framework|credential|token|attempt|setting):(.+)");

    private AuditEntries() {
    }

    /**
     * An event as a sentence: the key of its line, who did it and what it concerns as text (the target may link),
     * and its details.
     */
    public record Entry(AuditLog.Event event, String lineKey, String actor, String target, String targetLink,
            List<Detail> details) {
    }

    /**
     * A detail: the key of its label (null for a detail without one, then {@code text} is the whole line), its value
     * as text, or as message keys when the value is coded ({@code role_} keys are the people feature's, the others
     * this page's).
     */
    public record Detail(String labelKey, String text, List<String> keys) {
    }

    /** The ids of the people the events name (actors, targets, people in details), to read their names at once. */
    static Set<Long> people(List<AuditLog.Event> events, List<Map<String, Object>> details) {
        Set<Long> ids = new LinkedHashSet<>();
        for (int i = 0; i < events.size(); i++) {
            AuditLog.Event e = events.get(i);
            if (e.actorId() != null) {
                ids.add(e.actorId());
            }
            Matcher m = PERSON_ID.matcher(e.target() == null ? "" : e.target());
            if (m.matches()) {
                ids.add(Long.valueOf(m.group(1)));
            }
            details.get(i).forEach((k, v) -> {
                if (PERSON_DETAILS.contains(k) && v instanceof Number n) {
                    ids.add(n.longValue());
                }
            });
        }
        return ids;
    }

    /** The events as sentences, with {@code names} (name and email by person id) for the people they name. */
    static List<Entry> of(List<AuditLog.Event> events, List<Map<String, Object>> details, Map<Long, String> names) {
        List<Entry> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            AuditLog.Event e = events.get(i);
            String actor = e.actorId() != null && names.containsKey(e.actorId()) ? names.get(e.actorId()) : e.actor();
            String target = e.target() == null ? "" : e.target();
            String targetText = target;
            String link = null;
            List<Detail> shown = new ArrayList<>();
            Matcher m = PREFIXED.matcher(target);
            boolean personTarget = false;
            if (m.matches()) {
                String kind = m.group(1);
                String rest = m.group(2);
                switch (kind) {
                    case "person" -> {
                        personTarget = true;
                        if (rest.matches("\\d+")) {
                            long id = Long.parseLong(rest);
                            targetText = names.getOrDefault(id, "#" + id);
                            link = names.containsKey(id) ? "/admin/people/" + id : null;
                        } else {
                            targetText = rest;
                        }
                    }
                    case "framework" -> {
                        targetText = rest;
                        link = "/competencies/frameworks/" + rest;
                    }
                    case "credential" -> {
                        targetText = rest;
                        link = "/credentials/" + rest;
                    }
                    case "setting" -> {
                        targetText = "";
                        shown.add(SETTINGS.contains(rest) ? new Detail("audit_detail_setting", null,
                                List.of("audit_setting_" + key(rest))) : new Detail("audit_detail_setting", rest,
                                List.of()));
                    }
                    default -> targetText = "#" + rest;
                }
            } else if (e.action().startsWith("course_") && !target.isBlank()) {
                link = "/author/courses/" + target;
            } else if ("content".equals(target)) {
                targetText = "content/";
            }
            details.get(i).forEach((k, v) -> shown.add(detail(k, v, names)));
            String line = "token_revoked".equals(e.action()) && personTarget ? "audit_line_tokens_ended"
                    : "audit_line_" + e.action();
            out.add(new Entry(e, line, actor == null || actor.isBlank() ? null : actor, targetText, link,
                    List.copyOf(shown)));
        }
        return out;
    }

    private static Detail detail(String k, Object v, Map<Long, String> names) {
        if (!LABELLED.contains(k)) {
            return new Detail(null, k + ": " + v, List.of());
        }
        String label = "audit_detail_" + k;
        if (v instanceof Boolean b) {
            return new Detail(label, null, List.of(b ? "audit_value_true" : "audit_value_false"));
        }
        if (PERSON_DETAILS.contains(k) && v instanceof Number n) {
            return new Detail(label, names.getOrDefault(n.longValue(), "#" + n), List.of());
        }
        if (v instanceof Collection<?> c && !c.isEmpty() && c.stream().allMatch(ROLES::contains)) {
            return new Detail(label, null, c.stream().map(r -> "role_" + r).toList());
        }
        if (v instanceof Collection<?> c) {
            return new Detail(label, String.join(", ", c.stream().map(String::valueOf).toList()), List.of());
        }
        String s = String.valueOf(v);
        if ("reason".equals(k) && REASONS.contains(s)) {
            return new Detail(label, null, List.of("audit_value_reason_" + s));
        }
        if ("method".equals(k) && METHODS.contains(s)) {
            return new Detail(label, null, List.of("audit_value_method_" + s));
        }
        if ("source".equals(k) && SOURCES.contains(s)) {
            return new Detail(label, null, List.of("audit_value_source_" + s));
        }
        return new Detail(label, s, List.of());
    }

    private static String key(String name) {
        return name.replaceAll("[^a-z]+", "_").toLowerCase(Locale.ROOT);
    }
}
