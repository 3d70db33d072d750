package org.resilib.gift;

import static org.resilib.gift.Escapes.restore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the inside of one answer block (escapes already protected, general feedback already removed). The type is
 * decided the way Moodle decides it, in the same order: empty, '#', '~', '=' with '->', T/F, else short answer.
 */
final class AnswerReader {

    record Answers(QuestionType type, List<GiftAnswer> answers, List<MatchPair> pairs) {
    }

    /** One "=..." or "~..." piece of a block, still protected. */
    private record Segment(char marker, String body) {
    }

    /** A segment taken apart; text and feedback are still protected, their format markers still on. */
    private record Piece(Double weight, String text, String feedback) {
    }

    /** A piece of text with its format marker taken off and its escapes restored. */
    private record Text(String format, String text) {
    }

    private static final Set<String> TRUE = Set.of("T", "TRUE");
    private static final Set<String> TRUE_OR_FALSE = Set.of("T", "TRUE", "F", "FALSE");

    private AnswerReader() {
    }

    static Answers read(String block) {
        if (block.isEmpty()) {
            return new Answers(QuestionType.ESSAY, List.of(), List.of());
        }
        if (block.startsWith("#")) {
            return numerical(block.substring(1));
        }
        if (block.indexOf('~') >= 0) {
            return choice(block);
        }
        if (block.indexOf('=') >= 0 && block.contains("->")) {
            return matching(block);
        }
        if (TRUE_OR_FALSE.contains(head(block).toUpperCase(Locale.ROOT))) {
            return trueFalse(block);
        }
        return shortAnswer(block);
    }

    private static Answers choice(String block) {
        List<GiftAnswer> answers = new ArrayList<>();
        boolean anyEquals = false;
        for (Segment segment : split(block, "=~")) {
            boolean equals = segment.marker() == '=';
            Piece piece = piece(segment);
            double fraction = piece.weight() != null ? piece.weight() : equals ? 1 : 0;
            Text text = answerText(piece.text(), segment.marker());
            Text feedback = text(piece.feedback());
            answers.add(new GiftAnswer(text.text(), fraction, feedback.text(), null, null, null, null, text.format(),
                    feedback.format()));
            anyEquals |= equals;
        }
        if (answers.size() < 2) {
            throw new GiftSyntaxException("multiple choice needs at least two answers");
        }
        requireCorrect(answers);
        // Moodle's rule: single-answer when the block has an '=' answer, multiple-answer (checkboxes, credits
        // added up) when every answer starts with '~', whatever their weights.
        QuestionType type = anyEquals ? QuestionType.MULTICHOICE : QuestionType.MULTIANSWER;
        return new Answers(type, answers, List.of());
    }

    private static Answers shortAnswer(String block) {
        List<GiftAnswer> answers = new ArrayList<>();
        for (Segment segment : split(block, "=")) {
            Piece piece = piece(segment);
            double fraction = piece.weight() != null ? piece.weight() : 1;
            // Moodle keeps only the text of an accepted answer: a marker on it is dropped, not applied.
            Text text = answerText(piece.text(), segment.marker());
            Text feedback = text(piece.feedback());
            answers.add(new GiftAnswer(text.text(), fraction, feedback.text(), null, null, null, null, null,
                    feedback.format()));
        }
        requireCorrect(answers);
        return new Answers(QuestionType.SHORTANSWER, answers, List.of());
    }

    private static Answers matching(String block) {
        List<MatchPair> pairs = new ArrayList<>();
        for (Segment segment : split(block, "=")) {
            String pair = segment.body().trim();
            int arrow = pair.indexOf("->");
            if (arrow < 0) {
                throw new GiftSyntaxException("matching answer '" + restore(pair) + "' has no '->'");
            }
            if (pair.indexOf('#') >= 0) {
                throw new GiftSyntaxException("matching pairs cannot have feedback ('#'): '" + restore(pair) + "'");
            }
            Text left = text(pair.substring(0, arrow).trim());
            // The right side is a plain choice, as in Moodle: a "[html]" there is part of its text.
            String right = restore(pair.substring(arrow + 2).trim());
            if (right.isEmpty()) {
                throw new GiftSyntaxException("matching pair '" + left.text() + "' has nothing after '->'");
            }
            pairs.add(new MatchPair(left.text(), right, left.format()));
        }
        if (pairs.size() < 3) {
            throw new GiftSyntaxException("matching needs at least three pairs, found " + pairs.size());
        }
        long items = pairs.stream().filter(p -> !p.distractor()).count();
        if (items < 2) {
            throw new GiftSyntaxException("matching needs at least two pairs with an item on the left, found " + items
                    + " ('= -> answer' only adds a choice)");
        }
        return new Answers(QuestionType.MATCHING, List.of(), pairs);
    }

    /** Moodle's order: the first feedback is for a learner who answers wrongly, the second for one who is right. */
    private static Answers trueFalse(String block) {
        String[] parts = block.split("#", -1);
        if (parts.length > 3) {
            throw new GiftSyntaxException("true/false takes at most two feedbacks: {T#if wrong#if right}");
        }
        boolean correctIsTrue = TRUE.contains(parts[0].trim().toUpperCase(Locale.ROOT));
        Text wrong = text(parts.length > 1 ? parts[1].trim() : "");
        Text right = text(parts.length > 2 ? parts[2].trim() : "");
        Text ifTrue = correctIsTrue ? right : wrong;
        Text ifFalse = correctIsTrue ? wrong : right;
        return new Answers(QuestionType.TRUEFALSE, List.of(
                new GiftAnswer("true", correctIsTrue ? 1 : 0, ifTrue.text(), null, null, null, null, null,
                        ifTrue.format()),
                new GiftAnswer("false", correctIsTrue ? 0 : 1, ifFalse.text(), null, null, null, null, null,
                        ifFalse.format())), List.of());
    }

    /**
     * Values with '=' (or one value straight after '#'), then optionally Moodle's "~#feedback": a zero-credit
     * answer for any other number, which carries the feedback for it.
     */
    private static Answers numerical(String block) {
        int tilde = block.indexOf('~');
        String trimmed = (tilde < 0 ? block : block.substring(0, tilde)).trim();
        if (trimmed.isEmpty()) {
            throw new GiftSyntaxException("numerical question has no answer");
        }
        List<GiftAnswer> answers = new ArrayList<>();
        for (Segment segment : split(trimmed.startsWith("=") ? trimmed : "=" + trimmed, "=")) {
            Piece piece = piece(segment);
            Text feedback = text(piece.feedback());
            answers.add(NumericValue.answer(FormatMarker.split(piece.text().trim()).text(),
                    piece.weight() != null ? piece.weight() : 1, feedback.text(), feedback.format()));
        }
        requireCorrect(answers);
        if (tilde >= 0) {
            answers.add(anyOtherNumber(block.substring(tilde + 1).trim()));
        }
        return new Answers(QuestionType.NUMERICAL, answers, List.of());
    }

    private static GiftAnswer anyOtherNumber(String rest) {
        if (!rest.isEmpty() && rest.charAt(0) != '#') {
            throw new GiftSyntaxException("after '~' a numerical question takes only '#' and the feedback for any"
                    + " other number, not '" + restore(rest) + "'");
        }
        String feedback = rest.isEmpty() ? "" : rest.substring(1).trim();
        if (feedback.indexOf('=') >= 0 || feedback.indexOf('~') >= 0) {
            throw new GiftSyntaxException("'~#feedback' for any other number must come after every answer");
        }
        Text text = text(feedback);
        return new GiftAnswer(GiftAnswer.ANY_NUMBER, 0, text.text(), null, null, null, null, null, text.format());
    }

    private static String head(String block) {
        int hash = block.indexOf('#');
        return (hash < 0 ? block : block.substring(0, hash)).trim();
    }

    private static List<Segment> split(String block, String markers) {
        List<Segment> segments = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= block.length(); i++) {
            boolean end = i == block.length();
            if (!end && markers.indexOf(block.charAt(i)) < 0) {
                continue;
            }
            if (start < 0) {
                String lead = block.substring(0, i).trim();
                if (!lead.isEmpty()) {
                    throw new GiftSyntaxException("unexpected text '" + restore(lead)
                            + "' before the first answer (answers start with " + describe(markers) + ")");
                }
            } else {
                segments.add(new Segment(block.charAt(start - 1), block.substring(start, i)));
            }
            start = i + 1;
        }
        return segments;
    }

    private static String describe(String markers) {
        return markers.length() == 1 ? "'" + markers + "'" : "'=' or '~'";
    }

    private static Piece piece(Segment segment) {
        String rest = segment.body().trim();
        Double weight = null;
        if (rest.startsWith("%")) {
            int end = rest.indexOf('%', 1);
            if (end < 0) {
                throw new GiftSyntaxException("weight '" + restore(rest) + "' has no closing '%'");
            }
            weight = Numbers.parseWeight(restore(rest.substring(1, end).trim()));
            rest = rest.substring(end + 1);
        }
        int hash = rest.indexOf('#');
        String text = (hash < 0 ? rest : rest.substring(0, hash)).trim();
        if (text.isEmpty()) {
            throw new GiftSyntaxException("an answer after '" + segment.marker() + "' is empty");
        }
        return new Piece(weight, text, hash < 0 ? "" : rest.substring(hash + 1).trim());
    }

    /** A (protected) feedback or item: its marker taken off, as Moodle's parse_text_with_format does. */
    private static Text text(String protectedText) {
        FormatMarker.Marked marked = FormatMarker.split(protectedText);
        return new Text(marked.format(), restore(marked.text()));
    }

    private static Text answerText(String protectedText, char marker) {
        Text text = text(protectedText);
        if (text.text().isEmpty()) {
            throw new GiftSyntaxException("an answer after '" + marker + "' is empty");
        }
        return text;
    }

    private static void requireCorrect(List<GiftAnswer> answers) {
        if (answers.stream().noneMatch(a -> a.fraction() > 0)) {
            throw new GiftSyntaxException("no correct answer");
        }
    }
}
