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
import java.util.Map;
import java.util.stream.Stream;
import org.resilib.text.Sha256;

/**
 * The YAML files of a content section that is one file per item ({@code competencies/}, {@code surveys/}): listed
 * in name order, read as UTF-8 without a byte-order mark, and parsed into the section's record with every failure
 * reported as a problem naming the file and the line (an unknown key, malformed YAML, a value of the wrong kind).
 */
public final class YamlFiles {

    private YamlFiles() {
    }

    /**
     * A file of the section: its path, its path relative to the content folder, its slug (name), its text and the
     * text's SHA-256, which loaders keep to know a file unchanged since its last load.
     */
    public record File(Path path, String relative, String slug, String text, String hash) {
    }

    /** The files whose text is not the one last loaded for their slug ({@code loadedHashes}): those to read again. */
    public static List<File> changed(List<File> files, Map<String, String> loadedHashes) {
        return files.stream().filter(f -> !f.hash().equals(loadedHashes.get(f.slug()))).toList();
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
                String read = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
                String text = read.startsWith("\uFEFF") ? read.substring(1) : read;
                out.add(new File(file, rel, file.getFileName().toString().replaceFirst("\\.yaml$", ""), text,
                        Sha256.hex(text)));
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
