package org.resilib.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The interface languages. Content may come in more languages; pages are in these. */
public final class Languages {

    public static final Locale ZH_CN = Locale.forLanguageTag("zh-CN");
    public static final Locale EN = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(ZH_CN, EN);
    public static final Locale DEFAULT = ZH_CN;

    private Languages() {
    }

    /** Maps a requested tag (zh, zh-Hans-CN, en-GB, ...) to a supported interface language. */
    public static Optional<Locale> match(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    public static String tag(Locale locale) {
        return locale.toLanguageTag();
    }
}
