package org.resilib.quiz.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moodle's item statistics over graded attempts: the facility index (mean score on the question as a percentage of
 * its maximum) and the discrimination index (100 × the correlation between the question's score and the score on the
 * rest of the quiz). Discrimination is null when it cannot be computed (fewer than two attempts, or no variance).
 */
public final class ItemStatistics {

    private ItemStatistics() {
    }

    public record Score(long attemptId, long questionId, double points, double maxPoints) {
    }

    public record Item(long questionId, int attempts, double facility, double standardDeviation, Double discrimination) {
    }

    public static List<Item> compute(List<Score> scores) {
        Map<Long, Double> totals = new HashMap<>();
        Map<Long, List<Score>> byQuestion = new LinkedHashMap<>();
        for (Score s : scores) {
            totals.merge(s.attemptId(), s.points(), Double::sum);
            byQuestion.computeIfAbsent(s.questionId(), k -> new ArrayList<>()).add(s);
        }
        List<Item> items = new ArrayList<>();
        byQuestion.forEach((question, list) -> {
            int n = list.size();
            double[] x = new double[n];
            double[] rest = new double[n];
            double sumFraction = 0;
            for (int i = 0; i < n; i++) {
                Score s = list.get(i);
                double fraction = s.maxPoints() == 0 ? 0 : s.points() / s.maxPoints();
                sumFraction += fraction;
                x[i] = fraction;
                rest[i] = totals.get(s.attemptId()) - s.points();
            }
            double facility = 100 * sumFraction / n;
            items.add(new Item(question, n, round(facility), round(100 * sd(x)), correlation(x, rest)));
        });
        return items;
    }

    static double sd(double[] v) {
        if (v.length < 2) {
            return 0;
        }
        double mean = 0;
        for (double d : v) {
            mean += d;
        }
        mean /= v.length;
        double ss = 0;
        for (double d : v) {
            ss += (d - mean) * (d - mean);
        }
        return Math.sqrt(ss / (v.length - 1));
    }

    static Double correlation(double[] a, double[] b) {
        int n = a.length;
        if (n < 2) {
            return null;
        }
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < n; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= n;
        mb /= n;
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < n; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }
        if (va == 0 || vb == 0) {
            return null;
        }
        return round(100 * cov / Math.sqrt(va * vb));
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
