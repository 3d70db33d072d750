package org.resilib.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.Locale;

/** The language chosen for this request by {@link LocaleFilter}. */
@RequestScoped
@Named("lang")
public class RequestLocale {

    private Locale locale = Languages.DEFAULT;

    public Locale get() {
        return locale;
    }

    void set(Locale locale) {
        this.locale = locale;
    }

    /** The BCP 47 tag, for {@code <html lang>} and for picking content translations. */
    public String getTag() {
        return locale.toLanguageTag();
    }

    public boolean isEnglish() {
        return locale.getLanguage().equals("en");
    }
}
