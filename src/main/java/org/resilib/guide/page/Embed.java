package org.resilib.guide.page;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A live list a section shows below its text: the current notices, resources by access method, flag or subject,
 * upcoming sessions, courses of a dimension, or the consultation service's FAQ. Checked when the guide is loaded,
 * so a typo is reported with its line instead of showing an empty list.
 */
public record Embed(String list, Map<String, String> filters) {

    static final Map<String, Set<String>> FILTERS = Map.of(
            "notices", Set.of("limit"),
            "resources", Set.of("access", "flag", "subject", "limit"),
            "sessions", Set.of("limit"),
            "courses", Set.of("dimension", "limit"),
            "faq", Set.of("limit"));
    static final Map<String, Set<String>> VALUES = Map.of(
            "access", Set.of("ip", "proxy", "webvpn", "carsi", "shibboleth", "open"),
            "flag", Set.of("trial", "free", "temporary", "new"),
            "dimension", Set.of("awareness", "ability", "ethics", "new-media"));
    static final int MAX_LIMIT = 50;
    static final int DEFAULT_LIMIT = 10;

    /** The embed a front matter map names, or the problem with it (the key at fault) as {@code Optional.empty()}. */
    static Optional<Embed> of(Map<String, String> given, List<String> wrongKeys) {
        String list = given.get("list");
        if (list == null || !FILTERS.containsKey(list)) {
            wrongKeys.add("list");
            return Optional.empty();
        }
        Map<String, String> filters = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : given.entrySet()) {
            if (e.getKey().equals("list")) {
                continue;
            }
            String value = e.getValue() == null ? "" : e.getValue().strip();
            boolean known = FILTERS.get(list).contains(e.getKey());
            boolean fits = !VALUES.containsKey(e.getKey()) || VALUES.get(e.getKey()).contains(value);
            if (e.getKey().equals("limit")) {
                fits = value.matches("[1-9][0-9]?") && Integer.parseInt(value) <= MAX_LIMIT;
            }
            if (e.getKey().equals("subject")) {
                fits = !value.isEmpty() && value.length() <= 60;
            }
            if (!known || !fits) {
                wrongKeys.add(e.getKey());
                return Optional.empty();
            }
            filters.put(e.getKey(), value);
        }
        return Optional.of(new Embed(list, Map.copyOf(filters)));
    }

    public int limit() {
        return filters.containsKey("limit") ? Integer.parseInt(filters.get("limit")) : DEFAULT_LIMIT;
    }

    public String filter(String key) {
        return filters.get(key);
    }
}
