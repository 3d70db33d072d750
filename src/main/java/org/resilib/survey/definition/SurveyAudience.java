package org.resilib.survey.definition;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Who may answer a survey: students, librarians (library staff), everyone signed in, or the public (visitors too). */
public enum SurveyAudience {
    STUDENTS, LIBRARIANS, EVERYONE, PUBLIC;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SurveyAudience> of(String key) {
        return Arrays.stream(values()).filter(a -> a.key().equals(key)).findFirst();
    }
}
