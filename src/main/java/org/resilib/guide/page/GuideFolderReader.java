package org.resilib.guide.page;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.resilib.content.ContentProblem;
import org.resilib.content.YamlFiles;

/**
 * Reads a guide's folder ({@code guides/<slug>/}): {@code guide.yaml} and one Markdown file per section and
 * language, {@code NN-<slug>.md} in the guide's language and {@code NN-<slug>.<tag>.md} in another, each with front
 * matter (a title, and an embed or {@code faq: true}). Every problem is reported with its path and line; a folder
 * with any problem is not loaded, so a guide never shows half of a change.
 */
final class GuideFolderReader {

    static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9-]{2,63}");
    static final Pattern SECTION_FILE = Pattern.compile(
            "(\\d{2})-([a-z0-9][a-z0-9-]{0,62})(?:\\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?))?\\.md");
    static final long MAX_FILE = 512 * 1024;
    private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}(#{1,6})[ \\t]+(.*)$");

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private GuideFolderReader() {
    }

    static GuideDocument read(Path folder, String relative, List<ContentProblem> problems) {
        return new GuideFolderReader().readFolder(folder, relative, problems);
    }

    private GuideDocument readFolder(Path folder, String relative, List<ContentProblem> problems) {
        String slug = folder.getFileName().toString();
        int before = problems.size();
        if (!SLUG.matcher(slug).matches()) {
            problems.add(new ContentProblem(relative, 1, "invalid_slug", slug));
            return null;
        }
        Path manifest = folder.resolve("guide.yaml");
        String manifestPath = relative + "/guide.yaml";
        if (!Files.isRegularFile(manifest)) {
            problems.add(new ContentProblem(manifestPath, 1, "missing_file", "guide.yaml"));
            return null;
        }
        String manifestText = text(manifest, manifestPath, problems);
        GuideFile g = manifestText == null ? null
                : YamlFiles.parse(yaml, manifestText, GuideFile.class, manifestPath, problems);
        if (g == null) {
            return null;
        }
        String status = g.status() == null ? "published" : g.status();
        if (!status.equals("published") && !status.equals("draft")) {
            problems.add(new ContentProblem(manifestPath, ContentProblem.lineOf(manifestText, "status:"),
                    "invalid_value", "status: " + status));
        }
        if (g.title().values().stream().allMatch(t -> t == null || t.isBlank())) {
            problems.add(new ContentProblem(manifestPath, ContentProblem.lineOf(manifestText, "title:"),
                    "missing_key", "title"));
        }
        String base = g.language() == null ? "zh-CN" : g.language();

        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".md"))
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(new ContentProblem(relative, 1, "unreadable", e.getClass().getSimpleName()));
            return null;
        }
        // position -> slug and per language the section's front matter and body
        Map<Integer, String> slugs = new TreeMap<>();
        Map<Integer, Map<String, SectionText>> texts = new TreeMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String path = relative + "/" + name;
            Matcher m = SECTION_FILE.matcher(name);
            if (!m.matches()) {
                problems.add(new ContentProblem(path, 1, "guide_section_name", name));
                continue;
            }
            int position = Integer.parseInt(m.group(1));
            String sectionSlug = m.group(2);
            String tag = m.group(3) == null ? base : Locale.forLanguageTag(m.group(3)).toLanguageTag();
            String known = slugs.putIfAbsent(position, sectionSlug);
            if (known != null && !known.equals(sectionSlug)) {
                problems.add(new ContentProblem(path, 1, "duplicate_position", name));
                continue;
            }
            String text = text(file, path, problems);
            SectionText section = text == null ? null : section(text, path, problems);
            if (section == null) {
                continue;
            }
            if (texts.computeIfAbsent(position, p -> new LinkedHashMap<>()).putIfAbsent(tag, section) != null) {
                problems.add(new ContentProblem(path, 1, "duplicate_language", tag));
            }
        }
        List<GuideDocument.Section> sections = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, SectionText>> e : texts.entrySet()) {
            SectionText original = e.getValue().get(base);
            if (original == null) {
                e.getValue().values().forEach(t -> problems.add(new ContentProblem(t.path(), 1,
                        "translation_without_base", base)));
                continue;
            }
            Map<String, String> title = new LinkedHashMap<>();
            Map<String, String> body = new LinkedHashMap<>();
            e.getValue().forEach((tag, t) -> {
                title.put(tag, t.front().title());
                body.put(tag, t.body());
                if (t.faq() != original.faq()) {
                    problems.add(new ContentProblem(t.path(), 1, "guide_faq", "faq"));
                }
            });
            sections.add(new GuideDocument.Section(e.getKey(), slugs.get(e.getKey()), title, body, original.embed(),
                    original.faq()));
        }
        if (problems.size() > before) {
            return null;
        }
        return new GuideDocument(slug, g.title(), g.summary() == null ? Map.of() : g.summary(),
                Boolean.TRUE.equals(g.emergency()), status, sections);
    }

    /** A section file's parts. */
    private record SectionText(String path, SectionFront front, String body, Embed embed, boolean faq) {
    }

    /**
     * Where an FAQ body breaks the rule that it is a list of {@code ##} questions, each followed by its answer: the
     * offset of the first heading at fault (text before the first question, or another level), the body's length
     * when it has no question at all, or -1 when it is a well-formed FAQ.
     */
    static int faqFault(String body) {
        Matcher h = HEADING.matcher(body);
        boolean first = true;
        while (h.find()) {
            if (first && !body.substring(0, h.start()).isBlank() || !h.group(1).equals("##")) {
                return h.start();
            }
            first = false;
        }
        return first ? body.length() : -1;
    }

    private SectionText section(String text, String path, List<ContentProblem> problems) {
        if (!text.startsWith("---\n")) {
            problems.add(new ContentProblem(path, 1, "missing_front_matter", null));
            return null;
        }
        int end = text.indexOf("\n---\n", 3);
        if (end < 0 && text.endsWith("\n---")) {
            end = text.length() - 4;
        }
        if (end < 0) {
            problems.add(new ContentProblem(path, 1, "unclosed_front_matter", null));
            return null;
        }
        String frontText = text.substring(4, end + 1);
        String body = text.substring(Math.min(text.length(), end + 5)).strip();
        int reported = problems.size();
        SectionFront front = YamlFiles.parse(yaml, frontText, SectionFront.class, path, problems);
        // The front matter starts on the file's second line.
        for (int i = reported; i < problems.size(); i++) {
            ContentProblem p = problems.get(i);
            problems.set(i, new ContentProblem(p.path(), p.line() + 1, p.code(), p.detail()));
        }
        if (front == null) {
            return null;
        }
        if (front.title() == null || front.title().isBlank()) {
            problems.add(new ContentProblem(path, 2, "missing_key", "title"));
            return null;
        }
        Embed embed = null;
        if (front.embed() != null) {
            List<String> wrong = new ArrayList<>();
            embed = Embed.of(front.embed(), wrong).orElse(null);
            if (embed == null) {
                problems.add(new ContentProblem(path, ContentProblem.lineOf(frontText, "embed:") + 1, "guide_embed",
                        wrong.isEmpty() ? "embed" : wrong.get(0)));
                return null;
            }
        }
        boolean faq = Boolean.TRUE.equals(front.faq());
        if (faq) {
            int frontLines = (int) frontText.chars().filter(c -> c == '\n').count() + 2;
            int fault = faqFault(body);
            if (fault == body.length()) {
                problems.add(new ContentProblem(path, frontLines, "guide_faq", "##"));
                return null;
            }
            if (fault >= 0) {
                int line = frontLines + (int) body.substring(0, fault).chars().filter(c -> c == '\n').count() + 1;
                Matcher h = HEADING.matcher(body);
                h.find(fault);
                problems.add(new ContentProblem(path, line, "guide_faq", h.group(0).strip()));
                return null;
            }
        }
        return new SectionText(path, front, body, embed, faq);
    }

    private static String text(Path file, String path, List<ContentProblem> problems) {
        try {
            if (Files.size(file) > MAX_FILE) {
                problems.add(new ContentProblem(path, 1, "file_too_large", null));
                return null;
            }
            String read = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
            return read.startsWith("\uFEFF") ? read.substring(1) : read;
        } catch (IOException e) {
            problems.add(new ContentProblem(path, 1, "unreadable", e.getClass().getSimpleName()));
            return null;
        }
    }
}
