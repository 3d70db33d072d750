package org.resilib.quiz.gift;

import static org.resilib.quiz.gift.Escapes.restore;

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

    /** A segment taken apart; text and feedback are still protected. */
    private record Piece(Double weight, String text, String feedback) {
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
            answers.add(GiftAnswer.choice(restore(piece.text()), fraction, restore(piece.feedback())));
            anyEquals |= equals;
        }
        if (answers.size() < 2) {
            throw new GiftSyntaxException("multiple choice needs at least two answers");
        }
        requireCorrect(answers);
        // Moodle makes it single-answer when there is an '='; a lone ~%100% answer means the same thing.
        long full = answers.stream().filter(a -> a.fraction() == 1).count();
        QuestionType type = anyEquals || full == 1 ? QuestionType.MULTICHOICE : QuestionType.MULTIANSWER;
        return new Answers(type, answers, List.of());
    }

    private static Answers shortAnswer(String block) {
        List<GiftAnswer> answers = new ArrayList<>();
        for (Segment segment : split(block, "=")) {
            Piece piece = piece(segment);
            double fraction = piece.weight() != null ? piece.weight() : 1;
            answers.add(GiftAnswer.choice(restore(piece.text()), fraction, restore(piece.feedback())));
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
            String left = restore(pair.substring(0, arrow).trim());
            String right = restore(pair.substring(arrow + 2).trim());
            if (right.isEmpty()) {
                throw new GiftSyntaxException("matching pair '" + left + "' has nothing after '->'");
            }
            pairs.add(new MatchPair(left, right));
        }
        if (pairs.size() < 3) {
            throw new GiftSyntaxException("matching needs at least three pairs, found " + pairs.size());
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
        String wrong = parts.length > 1 ? restore(parts[1].trim()) : "";
        String right = parts.length > 2 ? restore(parts[2].trim()) : "";
        return new Answers(QuestionType.TRUEFALSE, List.of(
                GiftAnswer.choice("true", correctIsTrue ? 1 : 0, correctIsTrue ? right : wrong),
                GiftAnswer.choice("false", correctIsTrue ? 0 : 1, correctIsTrue ? wrong : right)), List.of());
    }

    private static Answers numerical(String block) {
        if (block.indexOf('~') >= 0) {
            throw new GiftSyntaxException("numerical answers cannot use '~'; give each accepted value with '='");
        }
        String trimmed = block.trim();
        if (trimmed.isEmpty()) {
            throw new GiftSyntaxException("numerical question has no answer");
        }
        // A single value may come straight after '#' without an '='.
        List<GiftAnswer> answers = new ArrayList<>();
        for (Segment segment : split(trimmed.startsWith("=") ? trimmed : "=" + trimmed, "=")) {
            Piece piece = piece(segment);
            answers.add(NumericValue.answer(piece.text().trim(), piece.weight() != null ? piece.weight() : 1,
                    restore(piece.feedback())));
        }
        requireCorrect(answers);
        return new Answers(QuestionType.NUMERICAL, answers, List.of());
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

    private static void requireCorrect(List<GiftAnswer> answers) {
        if (answers.stream().noneMatch(a -> a.fraction() > 0)) {
            throw new GiftSyntaxException("no correct answer");
        }
    }
}
