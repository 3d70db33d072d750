package org.resilib.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Picks the best text from a map of language tag to text: the viewer's language, then zh-CN, then en, then any. */
public final class LocalizedText {

    private LocalizedText() {
    }

    /** The two form fields of a bilingual text as a map: the stripped texts that are not blank, zh-CN first. */
    public static Map<String, String> of(String zh, String en) {
        Map<String, String> m = new LinkedHashMap<>();
        if (zh != null && !zh.isBlank()) {
            m.put("zh-CN", zh.strip());
        }
        if (en != null && !en.isBlank()) {
            m.put("en", en.strip());
        }
        return m;
    }

    public static String pick(Map<String, String> texts, Locale locale) {
        String key = pickKey(texts, locale);
        return key == null ? "" : texts.get(key);
    }

    /** The language tag of the text {@link #pick} returns, or null when there is none. */
    public static String pickKey(Map<String, String> texts, Locale locale) {
        if (texts == null || texts.isEmpty()) {
            return null;
        }
        String wanted = locale.toLanguageTag();
        if (present(texts, wanted)) {
            return wanted;
        }
        for (String tag : texts.keySet()) {
            if (present(texts, tag) && Locale.forLanguageTag(tag).getLanguage().equals(locale.getLanguage())) {
                return tag;
            }
        }
        for (String fallback : List.of("zh-CN", "en")) {
            if (present(texts, fallback)) {
                return fallback;
            }
        }
        return texts.keySet().stream().filter(t -> present(texts, t)).findFirst().orElse(null);
    }

    private static boolean present(Map<String, String> texts, String key) {
        String v = texts.get(key);
        return v != null && !v.isBlank();
    }
}
