package org.resilib.survey.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a question's chart, drawn on the server as SVG: horizontal bars with the count and the percentage
 * written beside each bar, or, for a Likert scale, one diverging bar per statement (disagreement to the left of the
 * middle, agreement to the right, the neutral point split across it). Templates only place what this computes; the
 * same numbers are in the table beside it.
 */
public record Chart(int width, int height, List<Row> rows, List<Segment> segments, List<Legend> legend, int middle) {

    static final int WIDTH = 720;
    static final int LABEL = 240;
    static final int ROW = 30;
    static final int BAR_AREA = 300;
    /** A sequential blue for bars, and a diverging red–grey–blue for scales, each with text contrast. */
    static final String BAR = "#2171b5";
    static final String[] DIVERGING_5 = {"#b2182b", "#ef8a62", "#bababa", "#67a9cf", "#2166ac"};
    static final String[] DIVERGING_7 = {"#b2182b", "#d6604d", "#f4a582", "#bababa", "#92c5de", "#4393c3",
        "#2166ac"};

    /** A bar: its label (shortened; {@code title} is the whole), its length, and the figure beside it. */
    public record Row(String label, String title, int y, int barWidth, int textX, String figure) {
    }

    /** A part of a diverging bar. */
    public record Segment(int x, int y, int width, String fill) {
    }

    /** A colour key of a diverging chart. */
    public record Legend(int x, int y, String fill, int point) {
    }

    /** Bars for options or points: {@code labels} parallel to {@code bars}. */
    static Chart bars(List<SurveyResults.Bar> bars, List<String> labels) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            SurveyResults.Bar b = bars.get(i);
            int w = (int) Math.round(BAR_AREA * b.percent() / 100.0);
            String label = labels.get(i);
            rows.add(new Row(shorten(label), label, 10 + i * ROW, Math.max(w, b.count() > 0 ? 2 : 0),
                    LABEL + 10 + w + 8, b.count() + " (" + percent(b.percent()) + ")"));
        }
        return new Chart(WIDTH, 20 + bars.size() * ROW, rows, List.of(), List.of(), 0);
    }

    /** Diverging bars, one per statement of a Likert question with {@code points} points. */
    static Chart diverging(List<SurveyResults.Statement> statements, int points) {
        String[] fills = points == 7 ? DIVERGING_7 : DIVERGING_5;
        int middle = LABEL + 10 + BAR_AREA / 2 + 40;
        double scale = (BAR_AREA + 80) / 200.0;
        List<Row> rows = new ArrayList<>();
        List<Segment> segments = new ArrayList<>();
        int neutral = (points + 1) / 2;
        for (int i = 0; i < statements.size(); i++) {
            SurveyResults.Statement s = statements.get(i);
            int y = 10 + i * ROW;
            double left = 0;
            for (int p = 1; p < neutral; p++) {
                left += s.points().get(p - 1).percent();
            }
            double half = s.points().get(neutral - 1).percent() / 2;
            double x = middle - (left + half) * scale;
            for (int p = 1; p <= points; p++) {
                double w = s.points().get(p - 1).percent() * scale;
                if (w > 0) {
                    segments.add(new Segment((int) Math.round(x), y, Math.max(1, (int) Math.round(w)), fills[p - 1]));
                }
                x += w;
            }
            double agree = 0;
            for (int p = neutral + 1; p <= points; p++) {
                agree += s.points().get(p - 1).percent();
            }
            rows.add(new Row(shorten(s.label()), s.label(), y, 0, WIDTH - 70, percent(agree)));
        }
        List<Legend> legend = new ArrayList<>();
        int ly = 20 + statements.size() * ROW;
        for (int p = 1; p <= points; p++) {
            legend.add(new Legend(LABEL + 10 + (p - 1) * 64, ly, fills[p - 1], p));
        }
        return new Chart(WIDTH, ly + 30, rows, segments, legend, middle);
    }

    static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f%%", p);
    }

    private static String shorten(String label) {
        if (label == null) {
            return "";
        }
        return label.codePointCount(0, label.length()) <= 30 ? label
                : label.substring(0, label.offsetByCodePoints(0, 29)) + "…";
    }
}
