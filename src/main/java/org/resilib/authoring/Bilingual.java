package org.resilib.authoring;

import java.util.Map;
import org.resilib.text.LocalizedText;

/** The two languages the editors show side by side, and reading one of them from a text map. */
public final class Bilingual {

    public static final String ZH = "zh-CN";
    public static final String EN = "en";

    private Bilingual() {
    }

    /** The text in that language, or an empty string. */
    public static String get(Map<String, String> m, String language) {
        return m == null ? "" : m.getOrDefault(language, "");
    }

    /** The stripped texts that are not blank, zh-CN first. */
    public static Map<String, String> texts(String zh, String en) {
        return LocalizedText.of(zh, en);
    }

    /** Null as an empty string, for form fields that were not sent. */
    public static String nz(String s) {
        return s == null ? "" : s;
    }
}
