package org.resilib.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packaged application ({@code target/quarkus-app/quarkus-run.jar}) started as its own process the way the
 * README runs it, {@code java -jar}, with the embedded PostgreSQL on a data folder, from the project root so that
 * {@code content/} loads. Extra JVM options: {@code -Dbenchmark.jvm-options="-Xmx256m ..."}.
 */
final class AppProcess implements AutoCloseable {

    static final String ADMIN_PASSWORD = "bench-admin-password-1";
    /** The first admin's address when RESILIB_ADMIN_EMAIL is not set (application.properties). */
    static final String ADMIN_EMAIL = "admin@resilib.local";
    private static final Pattern DATABASE_PORT = Pattern.compile("Embedded PostgreSQL running on port (\\d+)");
    private static final Duration START_LIMIT = Duration.ofSeconds(180);

    final int port;
    final double readySeconds;
    final int databasePort;
    private final Process process;
    private final Path dataDir;

    private AppProcess(Process process, int port, Path dataDir, double readySeconds, int databasePort) {
        this.process = process;
        this.port = port;
        this.dataDir = dataDir;
        this.readySeconds = readySeconds;
        this.databasePort = databasePort;
    }

    /** Starts the app and waits until {@code /q/health/ready} answers 200; the time from launch to then is kept. */
    /**
     * The app on {@code dataDir}, with {@code environment} added to this process's (the content folder, SMTP), and
     * the embedded PostgreSQL's binaries unpacked into {@code binaries} (a new folder: as on a fresh machine).
     */
    static AppProcess start(Path dataDir, Path log, Map<String, String> environment, Path binaries)
            throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("user.dir"));
        Path jar = root.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: the benchmark runs after package");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The project's JVM settings (jvm.options), as the README runs the app, unless the run names its own.
        String options = System.getProperty("benchmark.jvm-options", "").trim();
        if (options.isEmpty()) {
            command.add("@" + root.resolve("jvm.options"));
        }
        for (String option : options.split("\\s+")) {
            if (!option.isEmpty()) {
                command.add(option);
            }
        }
        command.add("-Dot.epg.working-dir=" + binaries);
        // as in the README's command, from the project's root: jvm.options names the class-data-sharing archive by a
        // path relative to the working directory
        command.addAll(List.of("-jar", root.relativize(jar).toString()));
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.remove("QUARKUS_DATASOURCE_JDBC_URL");
        env.put("RESILIB_DATA_DIR", dataDir.toString());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("RESILIB_ADMIN_PASSWORD", ADMIN_PASSWORD);
        env.putAll(environment);
        Files.createDirectories(log.getParent());

        long launched = System.nanoTime();
        Process process = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app exited with " + process.exitValue() + " before it was"
                        + " ready; its log, " + log + ", ends:\n" + tail(log));
            }
            if (System.nanoTime() - launched > START_LIMIT.toNanos()) {
                process.destroyForcibly();
                throw new IllegalStateException("The app was not ready after " + START_LIMIT + "; " + log
                        + " ends:\n" + tail(log));
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(25);
        }
        double seconds = (System.nanoTime() - launched) / 1e9;
        Matcher m = DATABASE_PORT.matcher(Files.readString(log, StandardCharsets.UTF_8));
        if (!m.find()) {
            process.destroyForcibly();
            throw new IllegalStateException("No 'Embedded PostgreSQL running on port' line in " + log);
        }
        return new AppProcess(process, port, dataDir, seconds, Integer.parseInt(m.group(1)));
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres", "postgres",
                "");
    }

    /** The Java process's resident set (VmRSS), in MB. */
    double rssMegabytes() throws IOException {
        return kilobytes(Path.of("/proc", Long.toString(process.pid()), "status"), "VmRSS") / 1024.0;
    }

    /**
     * The embedded PostgreSQL's processes together, as proportional set size (shared memory divided among the
     * processes that share it), in MB. pg_ctl starts the server detached, so these are not the app's children and
     * not in its RSS.
     */
    double databaseMegabytes() {
        return postmaster().map(pm -> Stream.concat(Stream.of(pm), pm.descendants()).mapToLong(p -> {
            try {
                return kilobytes(Path.of("/proc", Long.toString(p.pid()), "smaps_rollup"), "Pss");
            } catch (IOException gone) {
                return 0;
            }
        }).sum() / 1024.0).orElse(0.0);
    }

    /** SIGTERM, then waits for the app and its PostgreSQL to exit, so the data folder can be opened again. */
    void stop() throws InterruptedException {
        Optional<ProcessHandle> postmaster = postmaster();
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        if (postmaster.isPresent()) {
            try {
                postmaster.get().onExit().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                postmaster.get().destroy();
            }
        }
    }

    /** The server's main process, from the first line of {@code postmaster.pid} in its data folder. */
    private Optional<ProcessHandle> postmaster() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("pg").resolve("postmaster.pid"));
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | RuntimeException none) {
            return Optional.empty();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }

    private static long kilobytes(Path file, String field) throws IOException {
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").trim());
            }
        }
        throw new IOException("No " + field + " in " + file);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
