package org.resilib.gift;

import java.util.Arrays;
import java.util.Optional;

/** The Moodle question types GIFT can express; {@link #key()} is Moodle's qtype name. */
public enum QuestionType {
    MULTICHOICE("multichoice"),
    /** Multiple choice where several answers earn credit (Moodle's multichoice with "single" off). */
    MULTIANSWER("multianswer"),
    TRUEFALSE("truefalse"),
    SHORTANSWER("shortanswer"),
    NUMERICAL("numerical"),
    MATCHING("matching"),
    ESSAY("essay"),
    DESCRIPTION("description");

    private final String key;

    QuestionType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<QuestionType> fromKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
