package org.resilib.web;

/** Whole numbers from a query string (a page number, a page size): absent means the fallback, junk is a 400. */
public final class QueryNumbers {

    private QueryNumbers() {
    }

    /** A number from 1 to {@code max}; anything else is a 400 naming {@code field}. */
    public static int positive(String field, String value, int fallback, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw DomainException.badRequest(field, "invalid_number");
    }

    /** A number of 1 or more. */
    public static int positive(String field, String value, int fallback) {
        return positive(field, value, fallback, Integer.MAX_VALUE);
    }
}
