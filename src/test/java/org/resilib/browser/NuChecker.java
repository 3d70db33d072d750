package org.resilib.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Nu Html Checker (the W3C's validator, {@code nu.validator:validator} from Maven Central), run over saved page
 * sources in a separate JVM: one start for all pages, and none of its libraries near the application under test.
 */
final class NuChecker {

    /** One error the checker reported: the file, the line and its message. */
    record Finding(String file, int line, String message, String extract) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message + (extract == null ? "" : " [" + extract.strip() + "]");
        }
    }

    private NuChecker() {
    }

    /** Checks every file given (HTML documents) and returns the errors; warnings and notes are not findings. */
    static List<Finding> errors(List<Path> files) {
        if (files.isEmpty()) {
            return List.of();
        }
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss1m", "-cp", System.getProperty("java.class.path"),
                "nu.validator.client.SimpleCommandLineValidator", "--format", "json", "--exit-zero-always"));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        try {
            Path report = Files.createTempFile("nu-report", ".json");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(report.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("The Nu Html Checker did not finish within 5 minutes");
            }
            String json = Files.readString(report, StandardCharsets.UTF_8);
            Files.deleteIfExists(report);
            return parse(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while checking markup", e);
        }
    }

    private static List<Finding> parse(String json) throws IOException {
        int start = json.indexOf('{');
        if (start < 0) {
            throw new AssertionError("The Nu Html Checker gave no report: " + json);
        }
        JsonNode root = new ObjectMapper().readTree(json.substring(start));
        List<Finding> out = new ArrayList<>();
        for (JsonNode m : root.path("messages")) {
            String type = m.path("type").asText();
            if ("error".equals(type) || "non-document-error".equals(type)) {
                String url = m.path("url").asText("");
                out.add(new Finding(url.substring(url.lastIndexOf('/') + 1), m.path("lastLine").asInt(0),
                        m.path("message").asText(), m.hasNonNull("extract") ? m.path("extract").asText() : null));
            }
        }
        return out;
    }
}
