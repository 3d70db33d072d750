package org.resilib.quiz.bank;

import org.resilib.text.Markdown;

/**
 * Question, answer and feedback texts to safe HTML, by their GIFT format, as Moodle formats them: Markdown rendered,
 * plain text escaped with its line breaks kept, HTML as written (so a {@code <pre>} block keeps its lines and
 * indentation), and Moodle's auto-format with line breaks; HTML that comes out of any of them goes through the
 * sanitizer of {@link Markdown}, which keeps only what is safe.
 */
public final class QuestionText {

    private QuestionText() {
    }

    public static String toHtml(String format, String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return switch (format == null ? "moodle" : format) {
            case "markdown" -> Markdown.toSafeHtml(text);
            case "plain" -> escape(text).replace("\n", "<br>");
            case "html" -> Markdown.sanitize(text);
            // Moodle's auto-format allows inline HTML too and turns line breaks into <br>.
            default -> Markdown.sanitize(text.replace("\n", "<br>"));
        };
    }

    /** Stored HTML (a graded feedback) as safe HTML again, whatever wrote it. */
    public static String safe(String html) {
        return html == null || html.isEmpty() ? "" : Markdown.sanitize(html);
    }

    public static String escape(String s) {
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
