package org.resilib.gift;

/** Thrown while reading one question; the parser turns it into a {@link GiftProblem} and moves on. */
final class GiftSyntaxException extends RuntimeException {

    GiftSyntaxException(String message) {
        super(message, null, false, false);
    }
}
