package org.resilib.livesession.calendar;

/**
 * RFC 5545 §3.1 line folding. A content line longer than 75 octets is split into physical lines of at most 75 octets
 * of its UTF-8 encoding (the CRLF not counted), each continuation starting with one space, and never inside the UTF-8
 * sequence of a character. ical4j's own folding counts UTF-16 chars instead, so a line of Chinese text came out at up
 * to three times the limit.
 */
final class ContentLines {

    static final int MAX_OCTETS = 75;
    static final String CRLF = "\r\n";

    private ContentLines() {
    }

    /** Folds every line of unfolded iCalendar text, whose lines each end with CRLF and hold no other CR or LF. */
    static String fold(String unfolded) {
        StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 16);
        int start = 0;
        while (start < unfolded.length()) {
            int end = unfolded.indexOf(CRLF, start);
            if (end < 0) {
                throw new IllegalArgumentException("A content line must end with CRLF");
            }
            foldLine(unfolded, start, end, out);
            start = end + CRLF.length();
        }
        return out.toString();
    }

    private static void foldLine(String text, int from, int to, StringBuilder out) {
        int octets = 0;
        int i = from;
        while (i < to) {
            int codePoint = text.codePointAt(i);
            if (codePoint == '\r' || codePoint == '\n') {
                throw new IllegalArgumentException("A content line must not hold a bare CR or LF");
            }
            int size = octets(codePoint);
            if (octets + size > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }

    /** Octets of the character in UTF-8; a lone surrogate counts as the three of the replacement character. */
    static int octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
