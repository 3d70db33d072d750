package org.resilib.gift;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads Moodle GIFT (https://docs.moodle.org/en/GIFT_format). Questions are blocks of lines separated by blank
 * lines; a block that cannot be read becomes a {@link GiftProblem} and the blocks around it are still read.
 */
public final class GiftParser {

    private static final String CATEGORY = "$CATEGORY:";
    /** Moodle reads "[tag:...]" and "[id:...]" in a question's comments as its tags and ID number. */
    private static final Pattern TAG_OR_ID = Pattern.compile("\\[(tag|id):(\\\\]|[^\\]\\[\\p{Cntrl}])*]");

    private record Line(int number, String text) {
    }

    private GiftParser() {
    }

    public static GiftParseResult parse(String text) {
        String gift = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String[] lines = gift.split("\r\n|\r|\n", -1);
        List<GiftQuestion> questions = new ArrayList<>();
        List<GiftProblem> problems = new ArrayList<>();
        List<Line> block = new ArrayList<>();
        List<Line> comments = new ArrayList<>();
        String category = "";
        for (int i = 0; i <= lines.length; i++) {
            // As in Moodle, a line is trimmed only to see whether it is blank or a comment: a question keeps the
            // indentation of its lines (a <pre> block, a Markdown list). A comment line neither belongs to nor
            // ends a question.
            String line = i < lines.length ? lines[i] : "";
            String trimmed = line.trim();
            if (trimmed.startsWith("//")) {
                comments.add(new Line(i + 1, trimmed));
                continue;
            }
            if (!trimmed.isEmpty()) {
                block.add(new Line(i + 1, line));
            } else {
                if (!block.isEmpty()) {
                    category = readBlock(block, comments, category, questions, problems);
                    block.clear();
                }
                comments.clear();
            }
        }
        return new GiftParseResult(questions, problems);
    }

    /** Reads one block and returns the category in force after it. */
    private static String readBlock(List<Line> block, List<Line> comments, String category,
            List<GiftQuestion> questions, List<GiftProblem> problems) {
        List<Line> question = block;
        String first = block.get(0).text().trim();
        if (first.startsWith(CATEGORY)) {
            category = first.substring(CATEGORY.length()).trim();
            // Moodle wants a blank line after $CATEGORY; a question right below it is read rather than lost.
            question = block.subList(1, block.size());
        }
        if (question.isEmpty()) {
            return category;
        }
        int start = question.get(0).number();
        for (Line comment : comments) {
            if (TAG_OR_ID.matcher(comment.text()).find()) {
                problems.add(new GiftProblem(comment.number(), "Moodle tags and ID numbers ('[tag:...]', '[id:...]'"
                        + " in a comment) are not supported; remove them from the comment of this question"));
                return category;
            }
        }
        String gift = String.join("\n", question.stream().map(Line::text).toList()).trim();
        try {
            questions.add(QuestionReader.read(gift, start, category));
        } catch (GiftSyntaxException e) {
            problems.add(new GiftProblem(start, e.getMessage()));
        }
        return category;
    }
}
