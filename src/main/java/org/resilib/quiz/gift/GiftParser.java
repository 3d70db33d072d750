package org.resilib.quiz.gift;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads Moodle GIFT (https://docs.moodle.org/en/GIFT_format). Questions are blocks of lines separated by blank
 * lines; a block that cannot be read becomes a {@link GiftProblem} and the blocks around it are still read.
 */
public final class GiftParser {

    private static final String CATEGORY = "$CATEGORY:";

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
        String category = "";
        for (int i = 0; i <= lines.length; i++) {
            // Lines are trimmed as Moodle trims them; a comment line neither belongs to nor ends a question.
            String line = i < lines.length ? lines[i].trim() : "";
            if (line.startsWith("//")) {
                continue;
            }
            if (!line.isEmpty()) {
                block.add(new Line(i + 1, line));
            } else if (!block.isEmpty()) {
                category = readBlock(block, category, questions, problems);
                block.clear();
            }
        }
        return new GiftParseResult(questions, problems);
    }

    /** Reads one block and returns the category in force after it. */
    private static String readBlock(List<Line> block, String category, List<GiftQuestion> questions,
            List<GiftProblem> problems) {
        List<Line> question = block;
        if (block.get(0).text().startsWith(CATEGORY)) {
            category = block.get(0).text().substring(CATEGORY.length()).trim();
            // Moodle wants a blank line after $CATEGORY; a question right below it is read rather than lost.
            question = block.subList(1, block.size());
        }
        if (question.isEmpty()) {
            return category;
        }
        int start = question.get(0).number();
        String gift = String.join("\n", question.stream().map(Line::text).toList());
        try {
            questions.add(QuestionReader.read(gift, start, category));
        } catch (GiftSyntaxException e) {
            problems.add(new GiftProblem(start, e.getMessage()));
        }
        return category;
    }
}
