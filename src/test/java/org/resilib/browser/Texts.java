package org.resilib.browser;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The texts people read, from the message bundles themselves, so that a journey run in either language asserts
 * the words of that language ({@code Texts.of("en").get("act", "done_account_created")}).
 */
final class Texts {

    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();
    private final String language;

    private Texts(String language) {
        this.language = language;
    }

    /** The texts of a language tag: {@code en} or {@code zh-CN}. */
    static Texts of(String language) {
        return new Texts(language);
    }

    String language() {
        return language;
    }

    /** A message of a bundle ({@code msg}, {@code act}, {@code cm}, ...) with its {@code {name}} parameters filled. */
    String get(String bundle, String key, Object... nameValuePairs) {
        String file = bundle + "_" + language.replace('-', '_') + ".properties";
        Properties p = BUNDLES.computeIfAbsent(file, Texts::load);
        String text = p.getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("No " + key + " in " + file);
        }
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
            text = text.replace("{" + nameValuePairs[i] + "}", String.valueOf(nameValuePairs[i + 1]));
        }
        return text;
    }

    private static Properties load(String file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/messages", file), StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the bundle " + file, e);
        }
        return p;
    }
}
