package org.resilib.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The figures of one benchmark run and the closure-day targets beside them, as Markdown. Speed targets are reported
 * as met or missed, never failed on; only errors fail the benchmark.
 */
final class ClosureDayReport {

    /** What a route is held to: its throughput as a share of {@code /q/health/live}'s in the same phase. */
    enum Kind {
        HEALTH(0), ANONYMOUS(0.50), SIGNED_IN(0.35), WRITE(0);

        final double minimumShare;

        Kind(double minimumShare) {
            this.minimumShare = minimumShare;
        }
    }

    /** {@code perSecond}: a write's target, in requests per second at 64 connections (0 for pages). */
    record Route(String key, String label, Kind kind, String path, double perSecond) {

        Route(String key, String label, Kind kind, String path) {
            this(key, label, kind, path, 0);
        }
    }

    record Row(String phase, Route route, int connections, Wrk.Result result, double statementsPerRequest) {
    }

    /** {@code measured} compared with {@code baseline}, both as shares of health, at every connection count. */
    record Comparison(String label, String baselinePhase, String baselineKey, String measuredPhase,
            String measuredKey) {
    }

    static final double GROWTH_LIMIT = 1.5;

    private final List<Row> rows = new ArrayList<>();
    private final List<Comparison> comparisons = new ArrayList<>();
    private final List<String> startups = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String memory = "";

    void add(Row row) {
        rows.add(row);
    }

    void compare(Comparison comparison) {
        comparisons.add(comparison);
    }

    void startup(String what, double seconds, double limit) {
        startups.add(String.format(Locale.ROOT, "| %s | %.1f s | ≤ %.0f s: %s |", what, seconds, limit,
                mark(seconds <= limit)));
    }

    void memory(double appRss, double database) {
        memory = String.format(Locale.ROOT, "| app, VmRSS of the java process at the end | %.0f MB | < 300 MB: %s |%n"
                + "| embedded PostgreSQL, PSS of its processes (not in the app's figure) | %.0f MB | — |",
                appRss, mark(appRss < 300), database);
    }

    void note(String line) {
        notes.add(line);
    }

    /** Runs with non-2xx responses or socket errors, one line each; empty when there were none. */
    List<String> errors() {
        return rows.stream().filter(r -> r.result().errors() > 0).map(r -> String.format(Locale.ROOT,
                "phase %s, %s, %d connections: %s", r.phase(), r.route().path(), r.connections(),
                r.result().describeErrors())).toList();
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        notes.forEach(n -> md.append(n).append('\n'));
        md.append('\n');
        md.append("| phase | route | conn. | req/s | ÷ health | p50 | p99 | errors | SQL/req |\n");
        md.append("|---|---|---:|---:|---|---:|---|---|---:|\n");
        for (Row r : rows) {
            Wrk.Result w = r.result();
            double p99Limit = r.connections() <= 16 ? 50 : 150;
            String share = "—";
            if (r.route().kind() == Kind.WRITE) {
                double s = share(r.phase(), r.route().key(), r.connections()).orElseThrow();
                share = r.connections() == 64 && r.route().perSecond() > 0
                        ? String.format(Locale.ROOT, "%.0f%% (≥ %.0f/s: %s)", s * 100, r.route().perSecond(),
                                mark(w.requestsPerSecond() >= r.route().perSecond()))
                        : String.format(Locale.ROOT, "%.0f%%", s * 100);
            } else if (r.route().kind() != Kind.HEALTH) {
                double s = share(r.phase(), r.route().key(), r.connections()).orElseThrow();
                share = String.format(Locale.ROOT, "%.0f%% (≥ %.0f%%: %s)", s * 100, r.route().kind().minimumShare * 100,
                        mark(s >= r.route().kind().minimumShare));
            }
            md.append(String.format(Locale.ROOT, "| %s | %s `%s` | %d | %.0f | %s | %.1f ms | %.1f ms (< %.0f: %s) | %s"
                    + " | %.2f |%n", r.phase(), r.route().label(), r.route().path(), r.connections(),
                    w.requestsPerSecond(), share, w.p50(), w.p99(), p99Limit, mark(w.p99() < p99Limit),
                    w.describeErrors() + " (" + mark(w.errors() == 0) + ")",
                    r.statementsPerRequest()));
        }
        md.append("\n| comparison | conn. | baseline ÷ health | measured ÷ health | slowdown |\n");
        md.append("|---|---:|---:|---:|---|\n");
        for (Comparison c : comparisons) {
            for (int connections : rows.stream().mapToInt(Row::connections).distinct().toArray()) {
                OptionalDouble base = share(c.baselinePhase(), c.baselineKey(), connections);
                OptionalDouble measured = share(c.measuredPhase(), c.measuredKey(), connections);
                if (base.isEmpty() || measured.isEmpty()) {
                    continue;
                }
                double slowdown = base.getAsDouble() / measured.getAsDouble();
                md.append(String.format(Locale.ROOT, "| %s | %d | %.0f%% | %.0f%% | %.2f× (≤ %.1f×: %s) |%n",
                        c.label(), connections, base.getAsDouble() * 100, measured.getAsDouble() * 100, slowdown,
                        GROWTH_LIMIT, mark(slowdown <= GROWTH_LIMIT)));
            }
        }
        md.append("\n| start-up and memory | figure | target |\n|---|---:|---|\n");
        startups.forEach(s -> md.append(s).append('\n'));
        md.append(memory).append('\n');
        return md.toString();
    }

    /** A route's req/s over the mean of the health runs of the same phase and connection count. */
    private OptionalDouble share(String phase, String key, int connections) {
        OptionalDouble health = rows.stream().filter(r -> r.phase().equals(phase) && r.connections() == connections
                && r.route().kind() == Kind.HEALTH).mapToDouble(r -> r.result().requestsPerSecond()).average();
        OptionalDouble route = rows.stream().filter(r -> r.phase().equals(phase) && r.connections() == connections
                && r.route().key().equals(key)).mapToDouble(r -> r.result().requestsPerSecond()).findFirst();
        if (health.isEmpty() || route.isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(route.getAsDouble() / health.getAsDouble());
    }

    private static String mark(boolean met) {
        return met ? "met" : "missed";
    }
}
