package org.resilib.gift;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "[moodle]", "[markdown]", "[html]" or "[plain]" marker that may open a piece of GIFT text: the stem, an
 * answer, a feedback, the item of a matching pair or the general feedback. As in Moodle, a piece without a marker
 * has the format of the question text, and a bracketed word that is not a format ("[1]", "[M]", "[EB/OL]") is text.
 */
public final class FormatMarker {

    public static final String MOODLE = "moodle";
    static final Set<String> FORMATS = Set.of(MOODLE, "markdown", "html", "plain");
    // Only a bracketed word counts, so that "[1] Smith" or "[EB/OL]" is never taken for a marker.
    private static final Pattern MARKER = Pattern.compile("\\[([A-Za-z]+)]");

    /** A piece of text and the format its marker gave it, or null when it had none. */
    public record Marked(String format, String text) {
    }

    private FormatMarker() {
    }

    /** Takes a known marker off the start of the text; the rest is trimmed, as Moodle trims it. */
    public static Marked split(String text) {
        String word = word(text);
        if (word == null || !FORMATS.contains(word)) {
            return new Marked(null, text);
        }
        return new Marked(word, text.substring(text.indexOf(']') + 1).trim());
    }

    /**
     * The text as GIFT writes it: with a marker when its format is not the one it would inherit, or when the text
     * itself opens with something that reads as a marker. {@code format} null means the inherited one.
     */
    public static String mark(String format, String inherited, String text) {
        String effective = format == null ? inherited : format;
        boolean needed = !effective.equals(inherited) || opensWithMarker(text);
        return needed && !text.isEmpty() ? "[" + effective + "]" + text : text;
    }

    static boolean opensWithMarker(String text) {
        String word = word(text.stripLeading());
        return word != null && FORMATS.contains(word);
    }

    /** The lower-cased word of a leading "[word]", or null. */
    static String word(String text) {
        Matcher m = MARKER.matcher(text);
        return m.lookingAt() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
