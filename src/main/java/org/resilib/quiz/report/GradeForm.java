package org.resilib.quiz.report;

import jakarta.validation.constraints.Pattern;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The grading form of an attempt: points and a comment per question ({@code points-<id>}, {@code comment-<id>}, by
 * question version id). Points left blank are not given; a comment longer than {@value #MAX_COMMENT} characters is
 * cut there.
 */
public record GradeForm(
        Map<Long, @Pattern(regexp = GradeForm.NUMBER, message = "points_out_of_range") String> points,
        Map<Long, String> comments) {

    /** A decimal number, with a point or a comma. */
    static final String NUMBER = "\\s*\\d+([.,]\\d+)?\\s*";
    static final int MAX_COMMENT = 5000;

    public GradeForm {
        points = Map.copyOf(points);
        comments = Map.copyOf(comments);
    }

    public static GradeForm read(Map<String, List<String>> form) {
        Map<Long, String> points = new HashMap<>();
        Map<Long, String> comments = new HashMap<>();
        form.forEach((name, values) -> {
            String value = values.isEmpty() ? null : values.get(0);
            Long id = id(name, "points-");
            if (id != null && value != null && !value.isBlank()) {
                points.put(id, value);
            }
            id = id(name, "comment-");
            if (id != null && value != null) {
                comments.put(id, value.length() > MAX_COMMENT ? value.substring(0, MAX_COMMENT) : value);
            }
        });
        return new GradeForm(points, comments);
    }

    /** The points given for a question, or null; call on a valid form only. */
    public Double pointsFor(long questionId) {
        String p = points.get(questionId);
        return p == null ? null : Double.valueOf(p.strip().replace(',', '.'));
    }

    private static Long id(String name, String prefix) {
        if (!name.startsWith(prefix)) {
            return null;
        }
        try {
            return Long.valueOf(name.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
