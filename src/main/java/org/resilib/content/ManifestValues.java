package org.resilib.content;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a course.yaml value may be, shared by the content loader (which reports lines) and the browser editor. */
public final class ManifestValues {

    public static final Pattern COMPETENCY_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    public static final int MAX_MINUTES = 6000;
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private ManifestValues() {
    }

    /** A BCP 47 tag of the simple kind course files use: {@code zh-CN}, {@code en}, {@code zh-Hant-TW}. */
    public static boolean validLanguage(String tag) {
        return tag != null && LANGUAGE.matcher(tag).matches() && !Locale.forLanguageTag(tag).getLanguage().isEmpty();
    }
}
