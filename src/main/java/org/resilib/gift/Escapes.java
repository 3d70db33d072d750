package org.resilib.gift;

/**
 * GIFT backslash escapes. While a question's structure is read, each escaped character is swapped for a private-use
 * code point so that an escaped '=', '#' or '}' can never be mistaken for syntax and is not lost to trimming; once a
 * piece of text has been cut out, {@link #restore} turns the placeholders into the literal characters.
 * A backslash before any other character is kept as it is, as Moodle does.
 */
final class Escapes {

    private static final String ESCAPED = "\\:#={}~n";
    private static final String LITERAL = "\\:#={}~\n";
    private static final char FIRST_PLACEHOLDER = '\uE000';

    private Escapes() {
    }

    static String protect(String gift) {
        StringBuilder out = new StringBuilder(gift.length());
        for (int i = 0; i < gift.length(); i++) {
            char c = gift.charAt(i);
            int kind = c == '\\' && i + 1 < gift.length() ? ESCAPED.indexOf(gift.charAt(i + 1)) : -1;
            if (kind >= 0) {
                out.append((char) (FIRST_PLACEHOLDER + kind));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    static String restore(String protectedText) {
        StringBuilder out = new StringBuilder(protectedText.length());
        for (char c : protectedText.toCharArray()) {
            int kind = c - FIRST_PLACEHOLDER;
            out.append(kind >= 0 && kind < LITERAL.length() ? LITERAL.charAt(kind) : c);
        }
        return out.toString();
    }

    /** Writes text so that {@link #protect} then {@link #restore} gives it back, on a single line. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', ':', '#', '=', '{', '}', '~' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    // A CR of a CRLF pair is dropped; a lone CR is a line break too.
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        out.append("\\n");
                    }
                }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
