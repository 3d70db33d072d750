package org.resilib.gift;

/**
 * A question that could not be read: the 1-based line where it starts (or of the comment at fault) and what is
 * wrong, in plain English.
 */
public record GiftProblem(int line, String message) {
}
