package org.resilib.quiz;

import org.resilib.text.Markdown;

/** Question and answer texts to safe HTML, by their GIFT format. */
final class QuestionText {

    private QuestionText() {
    }

    static String toHtml(String format, String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return switch (format == null ? "moodle" : format) {
            case "markdown" -> Markdown.toSafeHtml(text);
            case "plain" -> escape(text).replace("\n", "<br>");
            // Moodle's auto-format and [html] both allow inline HTML; the sanitizer keeps only what is safe.
            default -> Markdown.sanitize(text.replace("\n", "<br>"));
        };
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&#34;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

}
