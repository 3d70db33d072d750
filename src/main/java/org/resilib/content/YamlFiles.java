package org.resilib.content;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The YAML files of a content section that is one file per item ({@code competencies/}, {@code surveys/}): listed
 * in name order, read as UTF-8 without a byte-order mark, and parsed into the section's record with every failure
 * reported as a problem naming the file and the line (an unknown key, malformed YAML, a value of the wrong kind).
 */
public final class YamlFiles {

    private YamlFiles() {
    }

    /** A file of the section: its path, its path relative to the content folder, its slug (name) and its text. */
    public record File(Path path, String relative, String slug, String text) {
    }

    /** The readable {@code .yaml} files of {@code root/folder}; none when the folder does not exist. */
    public static List<File> read(Path root, String folder, List<ContentProblem> problems) {
        Path dir = root.resolve(folder);
        List<File> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            problems.add(new ContentProblem(folder, 0, "unreadable", e.getClass().getSimpleName()));
            return out;
        }
        for (Path file : files) {
            String rel = root.relativize(file).toString().replace('\\', '/');
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
                out.add(new File(file, rel, file.getFileName().toString().replaceFirst("\\.yaml$", ""),
                        text.startsWith("\uFEFF") ? text.substring(1) : text));
            } catch (IOException e) {
                problems.add(new ContentProblem(rel, 1, "unreadable", e.getClass().getSimpleName()));
            }
        }
        return out;
    }

    /** The text parsed into {@code type}; null, with the problem added, when it is empty or cannot be read so. */
    public static <T> T parse(ObjectMapper yaml, String text, Class<T> type, String path,
            List<ContentProblem> problems) {
        if (text.isBlank()) {
            problems.add(new ContentProblem(path, 1, "empty_file", null));
            return null;
        }
        try {
            T value = yaml.readValue(text, type);
            if (value == null) {
                problems.add(new ContentProblem(path, 1, "empty_file", null));
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            problems.add(new ContentProblem(path, ContentProblem.lineOf(text, e.getPropertyName()), "unknown_key",
                    e.getPropertyName()));
        } catch (JsonMappingException e) {
            boolean syntax = e.getCause() instanceof JsonParseException;
            problems.add(new ContentProblem(path, e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
                    syntax ? "yaml_syntax" : "invalid_value", firstLine(e)));
        } catch (JsonProcessingException e) {
            problems.add(new ContentProblem(path, e.getLocation() == null ? 1 : e.getLocation().getLineNr(),
                    "yaml_syntax", firstLine(e)));
        }
        return null;
    }

    private static String firstLine(JsonProcessingException e) {
        return String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
    }
}
