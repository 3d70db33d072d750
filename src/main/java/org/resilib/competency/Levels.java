package org.resilib.competency;

/** Reading a level typed into a form: a whole number, or nothing when it is not one. */
public final class Levels {

    private Levels() {
    }

    public static Integer parse(String level) {
        try {
            return level == null ? null : Integer.valueOf(level.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
