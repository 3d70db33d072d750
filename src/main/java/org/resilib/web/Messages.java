package org.resilib.web;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** Looks up bundle messages by key from Java code (error details, logs shown to users). */
@ApplicationScoped
public class Messages {

    private final Template lookup;

    Messages(Engine engine) {
        this.lookup = engine.parse("{msg:message(key)}");
    }

    public String get(String key, Locale locale) {
        return lookup.instance().data("key", key).setLocale(locale).render();
    }
}
