package org.resilib.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file in content/ that failed validation: its path relative to the content folder, the 1-based line, a stable
 * code (the bundle has {@code content_error_<code>}) and the detail (the key, value or parser message at fault).
 */
public record ContentProblem(String path, int line, String code, String detail) {

    /**
     * The 1-based line of a YAML text where {@code needle} starts a line (after indentation and a list dash), else
     * where it first appears, else 1: the line to report a problem about a key or value on.
     */
    public static int lineOf(String text, String needle) {
        Matcher m = Pattern.compile("(?m)^\\s*-?\\s*" + Pattern.quote(needle)).matcher(text);
        int at = m.find() ? m.start() : text.indexOf(needle);
        return at < 0 ? 1 : (int) text.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
    }

    @Override
    public String toString() {
        return path + ":" + line + ": " + code + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
    }
}
