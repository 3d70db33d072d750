package org.resilib;

import io.restassured.RestAssured;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** A server-sent-event stream read the way a browser's EventSource reads it, for tests: events by name and data. */
public final class EventStream implements AutoCloseable {

    /** One event as received. */
    public record Event(String name, String data) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final InputStream body;
    private final BlockingQueue<Event> received = new LinkedBlockingQueue<>();
    private final Thread reader;

    private EventStream(InputStream body) {
        this.body = body;
        this.reader = new Thread(this::read, "test-event-stream");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** Opens the stream at {@code path} with the session's cookies; fails unless it answers 200. */
    public static EventStream open(String path, Map<String, String> cookies) throws IOException,
            InterruptedException {
        HttpResponse<InputStream> response = send(path, cookies);
        if (response.statusCode() != 200) {
            response.body().close();
            throw new AssertionError("The stream " + path + " answered " + response.statusCode());
        }
        return new EventStream(response.body());
    }

    /** What a stream's address answers, without staying for the stream: status, body (none when 200), Location. */
    public record Probe(int status, String body, String location) {
    }

    public static Probe probe(String path, Map<String, String> cookies) throws IOException, InterruptedException {
        HttpResponse<InputStream> response = send(path, cookies);
        try (InputStream body = response.body()) {
            String text = response.statusCode() == 200 ? "" : new String(body.readAllBytes(), StandardCharsets.UTF_8);
            return new Probe(response.statusCode(), text, response.headers().firstValue("Location").orElse(null));
        }
    }

    private static HttpResponse<InputStream> send(String path, Map<String, String> cookies) throws IOException,
            InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port
                + path)).header("Accept", "text/event-stream");
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofInputStream());
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isEmpty()) {
                    if (data.length() > 0 || !"message".equals(name)) {
                        received.add(new Event(name, data.toString()));
                    }
                    name = "message";
                    data.setLength(0);
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).stripLeading());
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    /** The first event (from now on) that matches, waiting up to {@code timeout}; null when none came. */
    public Event await(Predicate<Event> matching, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        for (long left = timeout.toNanos(); left > 0; left = end - System.nanoTime()) {
            Event e = received.poll(left, TimeUnit.NANOSECONDS);
            if (e != null && matching.test(e)) {
                return e;
            }
        }
        return null;
    }

    @Override
    public void close() {
        try {
            body.close();
        } catch (IOException e) {
            // gone already
        }
        reader.interrupt();
    }
}
