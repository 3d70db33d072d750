package org.resilib.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.resilib.benchmark.ClosureDayReport.Comparison;
import org.resilib.benchmark.ClosureDayReport.Kind;
import org.resilib.benchmark.ClosureDayReport.Route;
import org.resilib.benchmark.ClosureDayReport.Row;

/**
 * The closure-day page benchmark ({@code ./mvnw verify -Pbenchmark}, README "Benchmark"): the packaged app in a
 * process of its own, driven by wrk from another, every route beside {@code /q/health/live} measured in the same
 * phase; phase A on the starter content, phase B after seeding 1,000 courses and 10,000 learners. Prints a Markdown
 * table and writes it to {@code target/benchmark/closure-day.md}. Fails on errors only, not on missed speed targets.
 * {@code -Dbenchmark.seconds=8} sets the length of each measured run, {@code -Dbenchmark.warmup-seconds=3} that of
 * the warm-up of each route at the start of a phase.
 */
@Tag("benchmark")
class ClosureDayBenchmarkIT {

    private static final int[] CONNECTIONS = {16, 64};
    private static final String SESSION_COOKIE = "resilib-session";
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    private static final String LATER_PAGE = "30";
    /** Before each measured run, so it starts on open connections and filled caches. */
    private static final Duration SETTLE = Duration.ofSeconds(1);

    private static final Route HEALTH_BEFORE = new Route("health-before", "health, before", Kind.HEALTH,
            "/q/health/live");
    private static final Route HEALTH_AFTER = new Route("health-after", "health, after", Kind.HEALTH,
            "/q/health/live");
    private static final Route CATALOGUE = new Route("catalogue", "catalogue, visitor", Kind.ANONYMOUS, "/");
    private static final Route CATALOGUE_LATER = new Route("catalogue-later", "catalogue, visitor, later page",
            Kind.ANONYMOUS, "/?page=" + LATER_PAGE);
    private static final Route API = new Route("api", "course API", Kind.ANONYMOUS, "/api/v1/courses");
    private static final Route MINE = new Route("catalogue-signed-in", "catalogue, signed in", Kind.SIGNED_IN, "/");
    private static final Route MINE_LATER = new Route("catalogue-signed-in-later", "catalogue, signed in, later page",
            Kind.SIGNED_IN, "/?page=" + LATER_PAGE);
    private static final Route DASHBOARD = new Route("dashboard", "dashboard", Kind.SIGNED_IN, "/me");
    private static final Route DASHBOARD_ONE = new Route("dashboard-1", "dashboard, 1 enrolment", Kind.SIGNED_IN,
            "/me");
    private static final Route DASHBOARD_MANY = new Route("dashboard-30", "dashboard, 30 enrolments",
            Kind.SIGNED_IN, "/me");
    private static final Route MODULE_5 = new Route("module-of-5", "module page, course of 5 modules",
            Kind.SIGNED_IN, "/courses/bench-0001/modules/module-3");
    private static final Route MODULE_50 = new Route("module-of-50", "module page, course of 50 modules",
            Kind.SIGNED_IN, "/courses/" + Seeder.LONG_COURSE + "/modules/module-25");

    private static final String QUIZ_COURSE = "closure-day-quiz";
    private static final Route AUTOSAVE = new Route("autosave", "quiz autosave, one answer", Kind.WRITE,
            "/api/v1/attempts/{id}/answers/{question}", 1_500);
    private static final Route SUBMIT = new Route("submit", "quiz submission, graded (each attempt once)",
            Kind.WRITE, "/api/v1/attempts/{id}/submit", 500);
    private static final Route REGISTER = new Route("register", "session registration (each learner once)",
            Kind.WRITE, "/api/v1/sessions/{id}/registrations", 300);
    /** Phase C's learners: each takes the quiz once per round and registers once per session. */
    private static final int WRITERS = Integer.getInteger("benchmark.writers", 640);
    private static final int CAPACITY = 500;
    /** The longest a run of writes sent once may take. */
    private static final Duration WRITES_CAP = Duration.ofSeconds(120);

    private final Duration duration = Duration.ofSeconds(Long.getLong("benchmark.seconds", 8));
    private final Duration warmup = Duration.ofSeconds(Long.getLong("benchmark.warmup-seconds", 3));
    private final Path out = Path.of("target", "benchmark");
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final ClosureDayReport report = new ClosureDayReport();
    private final ObjectMapper json = new ObjectMapper();
    private Path script;
    private Path writesScript;
    private GreenMail smtp;

    @Test
    void closureDay() throws Exception {
        Wrk.requireInstalled();
        Files.createDirectories(out);
        script = Files.createTempFile("signed-in", ".lua");
        try (InputStream lua = getClass().getResourceAsStream("/benchmark/signed-in.lua")) {
            Files.write(script, lua.readAllBytes());
        }
        writesScript = Files.createTempFile("requests", ".lua");
        try (InputStream lua = getClass().getResourceAsStream("/benchmark/requests.lua")) {
            Files.write(writesScript, lua.readAllBytes());
        }
        Path data = Files.createTempDirectory("resilib-benchmark-");
        Path content = content();
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, String> environment = Map.of("RESILIB_CONTENT_DIR", content.toString(),
                "QUARKUS_MAILER_HOST", "127.0.0.1", "QUARKUS_MAILER_PORT",
                Integer.toString(smtp.getSmtp().getPort()), "QUARKUS_MAILER_TLS", "false",
                "QUARKUS_MAILER_START_TLS", "DISABLED");
        Path binaries = Files.createTempDirectory("resilib-benchmark-pg-");
        AppProcess app = AppProcess.start(data, out.resolve("app-fresh.log"), environment, binaries);
        try {
            report.startup("ready, fresh machine (new data folder, PostgreSQL binaries unpacked)", app.readySeconds,
                    25);
            List<String> learners;
            try (Connection db = app.database()) {
                execute(db, "create extension if not exists pg_stat_statements");
                Seeder seeder = new Seeder(db);
                learners = signIn(app, seeder.signedInLearners(CONNECTIONS[CONNECTIONS.length - 1]));
                report.note(String.format(Locale.ROOT, "Phase A data: the starter content, %d published courses;"
                        + " %d learners signed in.", seeder.count("course where status = 'published'"),
                        learners.size()));
                String course = seeder.firstStarterCourse();
                Route page = new Route("course", "course page, visitor", Kind.ANONYMOUS, "/courses/" + course);
                Route module = new Route("module", "module page", Kind.SIGNED_IN,
                        "/courses/" + course + "/modules/" + seeder.firstModule(course));
                phase(app, db, "A", List.of(new Run(CATALOGUE, null), new Run(API, null), new Run(page, null),
                        new Run(MINE, learners), new Run(DASHBOARD, learners), new Run(module, learners)));
                seeder.realisticData();
                report.note(String.format(Locale.ROOT, "Phase B data: %d published courses, %d modules, %d people,"
                        + " %d enrolments, %d modules done.", seeder.count("course where status = 'published'"),
                        seeder.count("course_module"), seeder.count("person"), seeder.count("enrolment"),
                        seeder.count("module_progress")));
            }
            // The restart gives the warm start-up figure; the app would see the seeded courses without it (V19).
            app.stop();
            app = AppProcess.start(data, out.resolve("app-warm.log"), environment, binaries);
            report.startup("ready, warm (same data folder, after seeding)", app.readySeconds, 3);
            try (Connection db = app.database()) {
                execute(db, "create extension if not exists pg_stat_statements");
                List<String> many = signIn(app, List.of(Seeder.MANY));
                List<String> one = signIn(app, List.of(Seeder.ONE));
                // the phase A sessions still work: the session key is kept in the data folder
                phase(app, db, "B", List.of(new Run(CATALOGUE, null), new Run(CATALOGUE_LATER, null),
                        new Run(API, null), new Run(MINE, learners), new Run(MINE_LATER, learners),
                        new Run(MODULE_5, learners), new Run(MODULE_50, learners), new Run(DASHBOARD_ONE, one),
                        new Run(DASHBOARD_MANY, many)));
                writes(app, db);
            }
            report.memory(app.rssMegabytes(), app.databaseMegabytes());
        } finally {
            app.close();
            smtp.stop();
            deleteRecursively(data);
            deleteRecursively(content);
            deleteRecursively(binaries);
            Files.deleteIfExists(script);
            Files.deleteIfExists(writesScript);
        }
        report.compare(new Comparison("catalogue, visitor: 1,000 courses (B) vs 10 (A)", "A", CATALOGUE.key(), "B",
                CATALOGUE.key()));
        report.compare(new Comparison("catalogue, visitor: B page " + LATER_PAGE + " vs A", "A", CATALOGUE.key(),
                "B", CATALOGUE_LATER.key()));
        report.compare(new Comparison("course API: B vs A", "A", API.key(), "B", API.key()));
        report.compare(new Comparison("catalogue, signed in: B vs A", "A", MINE.key(), "B", MINE.key()));
        report.compare(new Comparison("catalogue, signed in: B page " + LATER_PAGE + " vs A", "A", MINE.key(), "B",
                MINE_LATER.key()));
        report.compare(new Comparison("module page: course of 50 modules vs 5 (B)", "B", MODULE_5.key(), "B",
                MODULE_50.key()));
        report.compare(new Comparison("dashboard: 30 enrolments vs 1 (B)", "B", DASHBOARD_ONE.key(), "B",
                DASHBOARD_MANY.key()));

        String markdown = header() + report.markdown() + footer();
        System.out.println(markdown);
        Files.writeString(out.resolve("closure-day.md"), markdown);
        assertThat(report.errors()).as("runs with errors (the table is in target/benchmark/closure-day.md)")
                .isEmpty();
    }

    /**
     * Phase C, the closure day's writes on the seeded data: {@link #WRITERS} learners, signed in, each start an
     * attempt at the 10-question quiz; then, at each connection count, between health before and after: their
     * autosaves for the run's duration, every attempt submitted once, and every learner registering once for a
     * new session of capacity {@link #CAPACITY}. Each round is checked: every attempt graded, exactly the capacity
     * confirmed, the rest waitlisted and told places 1..n, one confirmation mail queued and delivered per
     * registration. A first round at the largest connection count warms up and is not reported.
     */
    private void writes(AppProcess app, Connection db) throws Exception {
        Seeder seeder = new Seeder(db);
        List<String> learners = signIn(app, seeder.writers(WRITERS), Seeder.PASSWORD);
        String admin = signIn(app, List.of(AppProcess.ADMIN_EMAIL), AppProcess.ADMIN_PASSWORD).get(0);
        report.note(String.format(Locale.ROOT, "Phase C (writes, on phase B's data): %d learners signed in take the"
                + " 10-question quiz `%s` (a new attempt each per run) and register for a new session of capacity %d"
                + " per run; mail goes to an SMTP server in the harness.", learners.size(), QUIZ_COURSE, CAPACITY));
        int largest = CONNECTIONS[CONNECTIONS.length - 1];
        writeRound(app, db, learners, admin, largest, warmup, false);
        for (int connections : CONNECTIONS) {
            writeRound(app, db, learners, admin, connections, duration, true);
        }
    }

    private void writeRound(AppProcess app, Connection db, List<String> learners, String admin, int connections,
            Duration autosaveTime, boolean reported) throws Exception {
        List<Attempt> attempts = startAttempts(app, learners);
        long session = session(app, admin);
        int mailBefore = smtp.getReceivedMessages().length;
        Thread.sleep(SETTLE.toMillis());
        if (reported) {
            measure(app, db, "C", new Run(HEALTH_BEFORE, null), connections);
        }
        List<String> saves = new ArrayList<>();
        for (int q = 0; q < 10; q++) {
            for (Attempt a : attempts) {
                if (q < a.answers().size()) {
                    saves.add(line("PUT", "/api/v1/attempts/" + a.id() + "/answers/" + a.answers().get(q).getKey(),
                            a.cookie(), a.answers().get(q).getValue()));
                }
            }
        }
        write(app, db, AUTOSAVE, connections, saves, false, autosaveTime, reported);
        write(app, db, SUBMIT, connections, attempts.stream().map(a -> line("POST", "/api/v1/attempts/" + a.id()
                + "/submit", a.cookie(), "")).toList(), true, WRITES_CAP, reported);
        long graded = count(db, "select count(*) from quiz_attempt where state = 'graded' and id = any (?)",
                attempts.stream().map(Attempt::id).toArray(Long[]::new));
        check(graded == attempts.size(), String.format(Locale.ROOT, "%d of %d attempts submitted once each are"
                + " graded", graded, attempts.size()), reported, connections);
        Wrk.Writes registered = write(app, db, REGISTER, connections, attempts.stream().map(a -> line("POST",
                "/api/v1/sessions/" + session + "/registrations", a.cookie(), "")).toList(), true, WRITES_CAP,
                reported);
        if (reported) {
            measure(app, db, "C", new Run(HEALTH_AFTER, null), connections);
        }
        checkSeats(db, session, attempts.size(), registered.places(), mailBefore, reported, connections);
    }

    /** One attempt in progress: its learner's session and an answer to each question (question id, JSON). */
    private record Attempt(long id, String cookie, List<Map.Entry<Long, String>> answers) {
    }

    /** Every learner starts an attempt (eight at a time); their sessions come back renewed if the app renewed them. */
    private List<Attempt> startAttempts(AppProcess app, List<String> learners) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Attempt>> started = new ArrayList<>();
            for (String cookie : learners) {
                started.add(pool.submit(() -> startAttempt(app, cookie)));
            }
            List<Attempt> attempts = new ArrayList<>();
            for (Future<Attempt> f : started) {
                attempts.add(f.get());
            }
            return attempts;
        } finally {
            pool.shutdown();
        }
    }

    private Attempt startAttempt(AppProcess app, String cookie) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/courses/" + QUIZ_COURSE
                + "/quiz/attempts"))).header("Cookie", cookie).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("Starting an attempt answered " + r.statusCode() + ": " + r.body());
        }
        JsonNode attempt = json.readTree(r.body());
        List<Map.Entry<Long, String>> answers = new ArrayList<>();
        for (JsonNode q : attempt.get("questions")) {
            JsonNode choices = q.get("choices");
            Object response = switch (q.get("type").asText()) {
                case "multichoice" -> choices.get(0).get("id").asText();
                case "multianswer" -> List.of(choices.get(0).get("id").asText());
                case "truefalse" -> true;
                case "shortanswer" -> "Paris";
                case "numerical" -> 9;
                default -> Map.of();
            };
            answers.add(Map.entry(q.get("id").asLong(), json.writeValueAsString(Map.of("response", response))));
        }
        Map<String, String> jar = jar(cookie);
        keep(jar, r);
        return new Attempt(attempt.get("id").asLong(), header(jar), answers);
    }

    /** A new session of capacity {@link #CAPACITY} a month ahead, scheduled by the admin. */
    private long session(AppProcess app, String admin) throws IOException, InterruptedException {
        String body = json.writeValueAsString(Map.of("title", Map.of("zh-CN", "闭馆日讲座", "en", "Closure-day lecture"),
                "startsAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0).toString(), "timeZone",
                "Asia/Shanghai", "durationMinutes", 60, "capacity", CAPACITY, "platform", "tencent-meeting",
                "audience", "everyone"));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(app.url("/api/v1/sessions")))
                .header("Cookie", admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("Scheduling the session answered " + r.statusCode() + ": " + r.body());
        }
        return json.readTree(r.body()).get("id").asLong();
    }

    /** A line of requests.lua's request file. */
    private static String line(String method, String path, String cookie, String body) {
        return method + "\t" + path + "\t" + cookie + "\t" + body;
    }

    /** One wrk run of requests.lua over {@code lines}, with its statements, reported or (warm-up) not. */
    private Wrk.Writes write(AppProcess app, Connection db, Route route, int connections, List<String> lines,
            boolean once, Duration time, boolean reported) throws Exception {
        Path file = Files.createTempFile("requests", ".txt");
        try {
            Files.write(file, lines);
            execute(db, "select pg_stat_statements_reset()");
            Wrk.Writes w = Wrk.writes(app.url("/"), connections, time, writesScript, file, once);
            double statements = statements(db) / (double) Math.max(1, w.result().requests());
            if (once && w.result().requests() != lines.size()) {
                throw new IllegalStateException(route.label() + ": wrk completed " + w.result().requests() + " of "
                        + lines.size() + " requests within " + time + "; it printed:\n" + w.output());
            }
            if (reported) {
                report.add(new Row("C", route, connections, w.result(), statements));
            }
            System.out.printf(Locale.ROOT, "C %-70s %3d conn. %8.0f req/s  p99 %7.1f ms  errors %s  SQL/req %.2f%s%n",
                    route.label(), connections, w.result().requestsPerSecond(), w.result().p99(),
                    w.result().describeErrors(), statements, reported ? "" : " (warm-up)");
            if (!reported && w.result().errors() > 0) {
                throw new IllegalStateException(route.label() + " (warm-up): " + w.result().describeErrors());
            }
            return w;
        } finally {
            Files.delete(file);
        }
    }

    /**
     * Exactly the capacity confirmed, the rest waitlisted and told places 1..n, one confirmation mail queued per
     * registration, and each delivered once (waited for, so the next round does not share the cores with it).
     */
    private void checkSeats(Connection db, long session, int registrants, List<Integer> places, int mailBefore,
            boolean reported, int connections) throws Exception {
        int waitlisted = Math.max(0, registrants - CAPACITY);
        long confirmed = count(db, "select count(*) from session_registration where session_id = ? and status ="
                + " 'CONFIRMED'", session);
        long waiting = count(db, "select count(*) from session_registration where session_id = ? and status ="
                + " 'WAITLISTED'", session);
        List<Integer> sorted = places.stream().sorted().toList();
        boolean placesExact = sorted.equals(IntStream.rangeClosed(1, waitlisted).boxed().toList());
        long queued = count(db, "select count(distinct payload ->> 'person') from mail_outbox where kind = 'session'"
                + " and cast(payload ->> 'session' as bigint) = ?", session);
        long rows = count(db, "select count(*) from mail_outbox where kind = 'session'"
                + " and cast(payload ->> 'session' as bigint) = ?", session);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (smtp.getReceivedMessages().length < mailBefore + registrants && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(500); // a duplicate would arrive right behind
        int delivered = smtp.getReceivedMessages().length - mailBefore;
        check(confirmed == Math.min(CAPACITY, registrants) && waiting == waitlisted && placesExact,
                String.format(Locale.ROOT, "%d registrations for a session of capacity %d: %d confirmed, %d"
                        + " waitlisted, told places %s", registrants, CAPACITY, confirmed, waiting,
                        placesExact ? "1 to " + waitlisted + ", one each" : sorted), reported, connections);
        check(queued == registrants && rows == registrants && delivered == registrants, String.format(Locale.ROOT,
                "confirmation mail: %d queued for %d people, %d delivered", rows, queued, delivered), reported,
                connections);
    }

    /** A correctness check of phase C: fails the benchmark when it does not hold; reported rounds note it. */
    private void check(boolean holds, String what, boolean reported, int connections) {
        System.out.println("C check, " + connections + " connections" + (reported ? "" : " (warm-up)") + ": " + what
                + (holds ? "" : " — FAILED"));
        if (!holds) {
            throw new AssertionError("Phase C, " + connections + " connections: " + what);
        }
        if (reported) {
            report.note(String.format(Locale.ROOT, "Check, phase C, %d connections: %s (met).", connections, what));
        }
    }

    private static long count(Connection db, String sql, Object parameter) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            if (parameter instanceof Long[] ids) {
                s.setArray(1, db.createArrayOf("bigint", ids));
            } else {
                s.setLong(1, (Long) parameter);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** The starter content plus the benchmark's quiz course, in a temporary folder. */
    private static Path content() throws IOException {
        Path copy = Files.createTempDirectory("resilib-benchmark-content-");
        copyTree(Path.of("content"), copy);
        Path quiz = Path.of("src/test/resources/benchmark/courses", QUIZ_COURSE);
        copyTree(quiz, copy.resolve("courses").resolve(QUIZ_COURSE));
        return copy;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static Map<String, String> jar(String cookieHeader) {
        Map<String, String> jar = new LinkedHashMap<>();
        for (String pair : cookieHeader.split("; ")) {
            jar.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
        return jar;
    }

    /** A route and, when it is signed in, the sessions its requests carry. */
    private record Run(Route route, List<String> cookies) {
    }

    /**
     * Every route and then health once for the warm-up time (the JIT, the app's caches), then at each connection
     * count: health, the routes, health again. Health comes last in the warm-up: the first measured health run,
     * right after the heaviest routes' warm-up, kept coming out well below the one after the routes.
     */
    private void phase(AppProcess app, Connection db, String phase, List<Run> runs) throws Exception {
        if (Boolean.getBoolean("benchmark.writes-only")) {
            return;
        }
        for (Run run : runs) {
            load(app, run, CONNECTIONS[CONNECTIONS.length - 1], warmup);
        }
        load(app, new Run(HEALTH_BEFORE, null), CONNECTIONS[CONNECTIONS.length - 1], warmup);
        for (int connections : CONNECTIONS) {
            measure(app, db, phase, new Run(HEALTH_BEFORE, null), connections);
            for (Run run : runs) {
                measure(app, db, phase, run, connections);
            }
            measure(app, db, phase, new Run(HEALTH_AFTER, null), connections);
        }
    }

    /** One wrk run of a route after a second of settling, with the statements PostgreSQL executed meanwhile. */
    private void measure(AppProcess app, Connection db, String phase, Run run, int connections) throws Exception {
        load(app, run, connections, SETTLE);
        execute(db, "select pg_stat_statements_reset()");
        Wrk.Result result = load(app, run, connections, duration);
        double statements = statements(db) / (double) Math.max(1, result.requests());
        report.add(new Row(phase, run.route(), connections, result, statements));
        System.out.printf(Locale.ROOT, "%s %-70s %3d conn. %8.0f req/s  p99 %7.1f ms  errors %s  SQL/req %.2f%n",
                phase, run.route().path(), connections, result.requestsPerSecond(), result.p99(),
                result.describeErrors(), statements);
    }

    /**
     * wrk on the route for {@code time}. Signed in, the first {@code connections} sessions are used, each first
     * checked to get the signed-in page (not a redirect, which wrk would not count as an error, nor the visitor's
     * page a stale session falls back to).
     */
    private Wrk.Result load(AppProcess app, Run run, int connections, Duration time) throws Exception {
        String url = app.url(run.route().path());
        if (run.cookies() == null) {
            expectOk(url, null);
            return Wrk.run(url, connections, time, null, List.of());
        }
        List<String> these = run.cookies().subList(0, Math.min(connections, run.cookies().size()));
        for (int i = 0; i < these.size(); i++) {
            these.set(i, expectOk(url, these.get(i)));
        }
        Path cookieFile = Files.createTempFile("cookies", ".txt");
        try {
            Files.write(cookieFile, these);
            return Wrk.run(url, connections, time, script,
                    List.of(cookieFile.toString(), Integer.toString(Wrk.THREADS)));
        } finally {
            Files.delete(cookieFile);
        }
    }

    /**
     * Statements recorded since the reset, leaving out the harness's own (they name pg_stat_statements) and
     * transaction control (BEGIN, COMMIT, SET ...), which the in-process benchmarks' Hibernate counts leave out too.
     */
    private static long statements(Connection db) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("select coalesce(sum(calls), 0)"
                + " from pg_stat_statements where query not ilike '%pg_stat_statements%'"
                + " and query !~* '^\\s*(begin|start|commit|end|rollback|savepoint|release|set|show|reset|discard"
                + "|deallocate)\\M'")) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Signs each learner in through the form login, as a browser does: {@code GET /login}, then
     * {@code POST /j_security_check}. The sign-in form has no CSRF field (login CSRF is refused by Origin and
     * Sec-Fetch-Site instead, see AuthFailureHandler); a token is sent if the form ever carries one.
     */
    private List<String> signIn(AppProcess app, List<String> emails) throws Exception {
        return signIn(app, emails, Seeder.PASSWORD);
    }

    /** Signs the people in, four at a time (the app checks each password with bcrypt). */
    private List<String> signIn(AppProcess app, List<String> emails, String password) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> sessions = new ArrayList<>();
            for (String email : emails) {
                sessions.add(pool.submit(() -> signIn(app, email, password)));
            }
            List<String> cookies = new ArrayList<>();
            for (Future<String> f : sessions) {
                cookies.add(f.get());
            }
            return cookies;
        } finally {
            pool.shutdown();
        }
    }

    private String signIn(AppProcess app, String email, String password) throws IOException, InterruptedException {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(app.url("/login"))).build(),
                HttpResponse.BodyHandlers.ofString());
        StringBuilder form = new StringBuilder("j_username=").append(encode(email)).append("&j_password=")
                .append(encode(password));
        Matcher token = CSRF_FIELD.matcher(login.body());
        if (token.find()) {
            form.append("&csrf-token=").append(encode(token.group(1)));
        }
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(app.url("/j_security_check")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()));
        login.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("csrf-token="))
                .findFirst().ifPresent(c -> post.header("Cookie", c.substring(0, c.indexOf(';'))));
        HttpResponse<Void> signedIn = http.send(post.build(), HttpResponse.BodyHandlers.discarding());
        Map<String, String> jar = new LinkedHashMap<>();
        keep(jar, login);
        keep(jar, signedIn);
        if (!jar.containsKey(SESSION_COOKIE)) {
            throw new IllegalStateException("Signing in " + email + " gave " + signedIn.statusCode() + " "
                    + signedIn.headers().firstValue("location").orElse("") + " and no session cookie");
        }
        return header(jar);
    }

    /**
     * Checks that the route answers 200 (and, with a session, the signed-in page). A session is the Cookie header a
     * browser would send (the sign-in cookie and the CSRF cookie); the one returned is the session to go on with,
     * with the cookies the response set: the sign-in cookie is renewed once it is older than a minute
     * ({@code quarkus.http.auth.form.new-cookie-interval}). A browser keeps the renewed cookie, so the app encrypts a
     * new one at most once a minute per person; wrk cannot, and a run with stale cookies would make the app renew
     * them on every request. Each run therefore starts with its sessions renewed here, and lasts less than a minute.
     */
    private String expectOk(String url, String session) throws IOException, InterruptedException {
        HttpRequest.Builder get = HttpRequest.newBuilder(URI.create(url));
        if (session != null) {
            get.header("Cookie", session);
        }
        HttpResponse<String> response = http.send(get.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + (session == null ? "" : " (signed in)") + " answered "
                    + response.statusCode() + " " + response.headers().firstValue("location").orElse(""));
        }
        if (session != null && !response.body().contains("href=\"/logout\"")) {
            throw new IllegalStateException(url + " with a learner's session is not a signed-in page");
        }
        if (session == null) {
            return null;
        }
        Map<String, String> jar = jar(session);
        keep(jar, response);
        return header(jar);
    }

    /** The cookies a response sets, as a browser keeps them. */
    private static void keep(Map<String, String> jar, HttpResponse<?> response) {
        for (String c : response.headers().allValues("set-cookie")) {
            String pair = c.indexOf(';') < 0 ? c : c.substring(0, c.indexOf(';'));
            int eq = pair.indexOf('=');
            if (eq > 0) {
                jar.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
    }

    /** A Cookie header with every cookie of the jar. */
    private static String header(Map<String, String> jar) {
        StringBuilder header = new StringBuilder();
        jar.forEach((name, value) -> header.append(header.length() == 0 ? "" : "; ").append(name).append('=')
                .append(value));
        return header.toString();
    }

    private String header() throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        return String.format(Locale.ROOT, "## Closure-day page benchmark, %s%n%n"
                + "%d cores (%s), Java %s; app `java %sjar target/quarkus-app/quarkus-run.jar` with the embedded"
                + " PostgreSQL; wrk %d threads, %d s per run after %d s of warm-up, on the same machine.%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), cpu, System.getProperty("java.version"),
                System.getProperty("benchmark.jvm-options", "").isBlank() ? "@jvm.options -"
                        : System.getProperty("benchmark.jvm-options").trim() + " -",
                Wrk.THREADS, duration.toSeconds(), warmup.toSeconds());
    }

    private static String footer() {
        return """

                ÷ health: the route's requests per second over those of `/q/health/live` in the same phase and at the \
                same connection count (the mean of the runs before and after the routes); comparisons divide these \
                shares, so a slowdown of 1.2× means the measured route manages 1/1.2 of the baseline's share. \
                SQL/req: statements pg_stat_statements counted during the run (transaction control and the \
                harness's own left out; the app's scheduled jobs included) over the requests wrk completed. \
                Signed-in runs spread their requests over as many learners' sessions as there are connections \
                (the 30- and 1-enrolment dashboards: one learner). Errors are non-2xx responses and socket errors \
                (a response slower than wrk's 2 s timeout is one); only they fail the benchmark.
                """;
    }

    private static void execute(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
