package org.resilib.web;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Looks up bundle messages by key from Java code (error details, logs shown to users). */
@ApplicationScoped
public class Messages {

    private final Template lookup;
    private final Template authoring;
    private final Template actions;
    private final Template surveys;
    private final Template guide;
    private final Template consult;
    private final Map<String, Boolean> known = new ConcurrentHashMap<>();

    Messages(Engine engine) {
        this.lookup = engine.parse("{msg:message(key)}");
        this.authoring = engine.parse("{au:message(key)}");
        this.actions = engine.parse("{act:message(key)}");
        this.surveys = engine.parse("{sv:message(key)}");
        this.guide = engine.parse("{gd:message(key)}");
        this.consult = engine.parse("{cs:message(key)}");
    }

    /**
     * Keys starting {@code author_} live in the authoring bundle ({@code au}), {@code confirm_} and {@code done_} in
     * the actions bundle ({@code act}), {@code survey_} in the surveys' ({@code sv}), {@code guide_} in the guide's
     * ({@code gd}), {@code consult_} in the consultation service's ({@code cs}); all others in {@code msg}. (The
     * same rule as the {@code text} tag.)
     */
    public String get(String key, Locale locale) {
        Template bundle = key.startsWith("author_") ? authoring
                : key.startsWith("confirm_") || key.startsWith("done_") ? actions
                : key.startsWith("survey_") ? surveys : key.startsWith("guide_") ? guide
                : key.startsWith("consult_") ? consult : lookup;
        return bundle.instance().data("key", key).setLocale(locale).render();
    }

    /** Whether a bundle has this key (a key without one would make the page that shows it fail). */
    public boolean has(String key) {
        return key != null && known.computeIfAbsent(key, k -> {
            try {
                get(k, Languages.DEFAULT);
                return true;
            } catch (TemplateException e) {
                return false;
            }
        });
    }
}
