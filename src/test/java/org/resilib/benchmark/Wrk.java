package org.resilib.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Runs the wrk load generator (2 threads, {@code --latency}) as a process of its own and reads what it prints. */
final class Wrk {

    static final int THREADS = 2;
    private static final Path BINARY = Path.of("/usr/bin/wrk");

    /** What one wrk run reports; latencies in milliseconds; socket errors as connect, read, write and timeout. */
    record Result(long requests, double seconds, double requestsPerSecond, double p50, double p99, long non2xx,
            long[] socket) {

        long socketErrors() {
            return socket[0] + socket[1] + socket[2] + socket[3];
        }

        long errors() {
            return non2xx + socketErrors();
        }

        /** For instance "3 timeouts" or "12 non-2xx, 1 read error"; "0" without errors. */
        String describeErrors() {
            List<String> parts = new ArrayList<>();
            String[] kinds = {"connect error", "read error", "write error", "timeout"};
            if (non2xx > 0) {
                parts.add(non2xx + " non-2xx");
            }
            for (int i = 0; i < 4; i++) {
                if (socket[i] > 0) {
                    parts.add(socket[i] + " " + kinds[i] + (socket[i] == 1 ? "" : "s"));
                }
            }
            return parts.isEmpty() ? "0" : String.join(", ", parts);
        }
    }

    private Wrk() {
    }

    static void requireInstalled() {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException("The page benchmark needs wrk (" + BINARY + "): apt-get install wrk");
        }
    }

    /**
     * One run against {@code url}. With a script, {@code scriptArgs} follow {@code --}; wrk's own output is returned
     * parsed, and a wrk that fails or prints no summary is an error.
     */
    static Result run(String url, int connections, Duration duration, Path script, List<String> scriptArgs)
            throws IOException, InterruptedException {
        return parse(execute(url, connections, duration, script, scriptArgs, 0));
    }

    /** What a run of {@code requests.lua} reports: wrk's figures and the waitlist places its responses told. */
    record Writes(Result result, List<Integer> places, String output) {
    }

    /**
     * A run of {@code requests.lua} over the request lines in {@code lines}: {@code once}, each line is sent exactly
     * once and wrk is ended (SIGINT, which makes it report) as soon as every thread has been answered for all of its
     * lines, so its time is theirs; {@code cap} bounds the run. Otherwise the lines are sent in turn for
     * {@code cap}.
     */
    static Writes writes(String url, int connections, Duration cap, Path script, Path lines, boolean once)
            throws IOException, InterruptedException {
        String output = execute(url, connections, cap, script, List.of(lines.toString(), Integer.toString(THREADS),
                once ? "once" : "repeat"), once ? THREADS : 0);
        List<Integer> places = new ArrayList<>();
        Matcher m = PLACE.matcher(output);
        while (m.find()) {
            places.add(Integer.parseInt(m.group(1)));
        }
        return new Writes(parse(output), places, output);
    }

    private static final Pattern PLACE = Pattern.compile("(?m)^resilib-position (\\d+)$");
    private static final String THREAD_DONE = "resilib-thread-done";

    /** Runs wrk; after {@code stopAfterDone} lines saying a thread is done (0: never) it is sent SIGINT. */
    private static String execute(String url, int connections, Duration duration, Path script,
            List<String> scriptArgs, int stopAfterDone) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(BINARY.toString(), "-t" + THREADS, "-c" + connections,
                "-d" + duration.toSeconds() + "s", "--latency"));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        if (script != null && !scriptArgs.isEmpty()) {
            command.add("--");
            command.addAll(scriptArgs);
        }
        Process wrk = new ProcessBuilder(command).redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        int done = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(wrk.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.append(line).append('\n');
                if (stopAfterDone > 0 && line.equals(THREAD_DONE) && ++done == stopAfterDone) {
                    new ProcessBuilder("kill", "-INT", Long.toString(wrk.pid())).inheritIO().start().waitFor();
                }
            }
        }
        if (wrk.waitFor() != 0) {
            throw new IllegalStateException("wrk failed on " + url + ":\n" + output);
        }
        return output.toString();
    }

    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ([\\d.]+)(us|ms|s|m|h),");
    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    static Result parse(String output) {
        Matcher requests = find(REQUESTS, output, "the request count");
        Matcher rate = find(RATE, output, "Requests/sec");
        Matcher non2xx = NON_2XX.matcher(output);
        Matcher socket = SOCKET.matcher(output);
        long[] socketErrors = new long[4];
        if (socket.find()) {
            for (int i = 0; i < 4; i++) {
                socketErrors[i] = Long.parseLong(socket.group(i + 1));
            }
        }
        return new Result(Long.parseLong(requests.group(1)),
                millis(requests.group(2), requests.group(3)) / 1000,
                Double.parseDouble(rate.group(1)),
                percentile(output, "50%"), percentile(output, "99%"),
                non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, socketErrors);
    }

    /** A line of the "Latency Distribution" block, such as {@code      99%   38.87ms} or {@code      99%    1.06s }. */
    private static double percentile(String output, String label) {
        Matcher m = find(Pattern.compile("(?m)^\\s+" + label + "\\s+([\\d.]+)(us|ms|s|m|h)\\s*$"), output,
                "the " + label + " latency (was wrk run with --latency?)");
        return millis(m.group(1), m.group(2));
    }

    private static double millis(String value, String unit) {
        double v = Double.parseDouble(value);
        return switch (unit) {
            case "us" -> v / 1000;
            case "ms" -> v;
            case "s" -> v * 1000;
            case "m" -> v * 60_000;
            case "h" -> v * 3_600_000;
            default -> throw new IllegalArgumentException(unit);
        };
    }

    private static Matcher find(Pattern pattern, String output, String what) {
        Matcher m = pattern.matcher(output);
        if (!m.find()) {
            throw new IllegalArgumentException("No " + what + " in wrk's output:\n" + output);
        }
        return m;
    }
}
