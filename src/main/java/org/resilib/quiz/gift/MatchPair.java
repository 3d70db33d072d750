package org.resilib.quiz.gift;

/** One line of a matching question: the item on the left and the answer it matches on the right. */
public record MatchPair(String left, String right) {
}
