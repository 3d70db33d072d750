package org.resilib.text;

/** CSV exports: a cell a spreadsheet would run as a formula (=, +, -, @ ...) is written as text. */
public final class CsvCells {

    private CsvCells() {
    }

    public static String safe(String s) {
        return s != null && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }
}
