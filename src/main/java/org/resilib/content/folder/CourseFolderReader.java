package org.resilib.content.folder;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.resilib.content.ContentProblem;
import org.resilib.content.CourseDefinition;
import org.resilib.content.CourseManifest;
import org.resilib.content.ManifestValues;
import org.resilib.course.Audience;
import org.resilib.course.CourseSlug;
import org.resilib.course.CourseStatus;
import org.resilib.course.Dimension;
import org.resilib.gift.GiftParseResult;
import org.resilib.gift.GiftParser;
import org.resilib.gift.GiftProblem;
import org.resilib.gift.GiftTranslation;
import org.resilib.text.Markdown;

/**
 * Reads one course folder of content/ (course.yaml, NN-slug.md modules with their translations, quiz.gift) into a
 * {@link CourseDefinition}, or reports every problem found with its file and line. Pure: no database, no Quarkus.
 * Longer than most classes on purpose: it is the one place that knows the content/ course layout, and every check
 * it makes carries its own path-and-line message; splitting it would spread that format over several files.
 */
public final class CourseFolderReader {

    static final String MANIFEST = "course.yaml";
    static final String QUIZ = "quiz.gift";
    /** A translation of the quiz: {@code quiz.en.gift}. */
    static final Pattern QUIZ_TRANSLATION = Pattern.compile("quiz\\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\\.gift");
    static final Pattern MODULE_FILE = Pattern.compile(
            "(\\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)(?:\\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*))?\\.md");
    private static final Pattern MISSING_PROPERTY = Pattern.compile("Missing required creator property '([^']+)'");
    static final int MAX_MINUTES = ManifestValues.MAX_MINUTES;
    static final long MAX_FILE_BYTES = 1024 * 1024;

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private final Path contentRoot;

    public CourseFolderReader(Path contentRoot) {
        this.contentRoot = contentRoot;
    }

    /** Either a course or the problems that stopped it; warnings (bad quiz questions) do not stop a course. */
    public record Result(CourseDefinition course, List<ContentProblem> problems, List<ContentProblem> warnings) {
        Result(CourseDefinition course, List<ContentProblem> problems) {
            this(course, problems, List.of());
        }
    }

    public Result read(Path folder) {
        String slug = folder.getFileName().toString();
        List<ContentProblem> problems = new ArrayList<>();
        if (!CourseSlug.isValid(slug)) {
            problems.add(problem(folder, 1, "invalid_slug", slug));
            return new Result(null, problems);
        }
        Path manifestFile = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            problems.add(problem(manifestFile, 1, "missing_file", MANIFEST));
            return new Result(null, problems);
        }
        String manifestText = readText(manifestFile, problems);
        CourseManifest manifest = manifestText == null ? null
                : parse(manifestText, CourseManifest.class, manifestFile, 0, problems);
        if (manifest != null) {
            validate(manifest, manifestText, manifestFile, problems);
        }
        String baseLanguage = manifest == null || manifest.language() == null ? "zh-CN"
                : Locale.forLanguageTag(manifest.language()).toLanguageTag();

        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(problem(folder, 1, "unreadable", e.getMessage()));
            return new Result(null, problems);
        }

        Map<Integer, ModuleDraft> modules = new TreeMap<>();
        List<ContentProblem> warnings = new ArrayList<>();
        String quiz = null;
        Map<String, Path> quizTranslationFiles = new TreeMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.equals(MANIFEST)) {
                continue;
            }
            if (name.equals(QUIZ)) {
                quiz = readText(file, problems);
                if (quiz != null) {
                    for (GiftProblem p : GiftParser.parse(quiz).problems()) {
                        warnings.add(problem(file, p.line(), "gift_error", p.message()));
                    }
                }
                continue;
            }
            Matcher translated = QUIZ_TRANSLATION.matcher(name);
            if (translated.matches()) {
                quizTranslationFiles.put(Locale.forLanguageTag(translated.group(1)).toLanguageTag(), file);
                continue;
            }
            if (!name.endsWith(".md")) {
                continue;
            }
            Matcher m = MODULE_FILE.matcher(name);
            if (!m.matches()) {
                problems.add(problem(file, 1, "invalid_module_name", name));
                continue;
            }
            int position = Integer.parseInt(m.group(1));
            String moduleSlug = m.group(2);
            String language = m.group(3) == null ? baseLanguage : Locale.forLanguageTag(m.group(3)).toLanguageTag();
            ModuleDraft draft = modules.computeIfAbsent(position, p -> new ModuleDraft(moduleSlug, file));
            if (!draft.slug.equals(moduleSlug)) {
                problems.add(problem(file, 1, "duplicate_position", m.group(1) + ": " + draft.slug + ", " + moduleSlug));
                continue;
            }
            if (m.group(3) == null) {
                draft.baseFile = file;
            }
            readModule(file, language, draft, problems);
        }
        if (modules.isEmpty()) {
            problems.add(problem(manifestFile, 1, "no_modules", null));
        }
        for (ModuleDraft draft : modules.values()) {
            if (draft.baseFile == null) {
                problems.add(problem(draft.firstFile, 1, "translation_without_base", baseLanguage));
            }
        }
        Map<String, String> quizTranslations = quizTranslations(quiz, quizTranslationFiles, baseLanguage, problems,
                warnings);
        if (!problems.isEmpty() || manifest == null) {
            return new Result(null, problems);
        }

        int unspecified = (int) modules.values().stream().filter(d -> d.minutes == null).count();
        int specified = modules.values().stream().filter(d -> d.minutes != null).mapToInt(d -> d.minutes).sum();
        int share = unspecified == 0 ? 0 : Math.max(1, (manifest.minutes() - specified) / unspecified);
        List<CourseDefinition.ModuleDefinition> definitions = new ArrayList<>();
        modules.forEach((position, d) -> definitions.add(new CourseDefinition.ModuleDefinition(d.slug, position,
                d.minutes == null ? share : d.minutes, d.titles, d.markdown, d.html)));
        return new Result(new CourseDefinition(slug, manifest, definitions, quiz, quizTranslations, hash(files)),
                List.of(), warnings);
    }

    /**
     * The quiz's translations by language, each checked question by question against the quiz: what does not fit is
     * a warning at its line (those questions are shown in the original), never a reason to refuse the course.
     */
    private Map<String, String> quizTranslations(String quiz, Map<String, Path> files, String baseLanguage,
            List<ContentProblem> problems, List<ContentProblem> warnings) {
        Map<String, String> translations = new LinkedHashMap<>();
        files.forEach((language, file) -> {
            String text = readText(file, problems);
            if (text == null) {
                return;
            }
            if (quiz == null) {
                warnings.add(problem(file, 1, "quiz_translation_without_quiz", QUIZ));
                return;
            }
            if (language.equals(baseLanguage)) {
                warnings.add(problem(file, 1, "quiz_translation_base_language", language));
                return;
            }
            GiftParseResult parsed = GiftParser.parse(text);
            for (GiftProblem p : parsed.problems()) {
                warnings.add(problem(file, p.line(), "gift_error", p.message()));
            }
            for (GiftProblem p : GiftTranslation.check(GiftParser.parse(quiz).questions(), parsed.questions())
                    .problems()) {
                warnings.add(problem(file, p.line(), "quiz_translation_mismatch", p.message()));
            }
            translations.put(language, text);
        });
        return translations;
    }

    private void readModule(Path file, String language, ModuleDraft draft, List<ContentProblem> problems) {
        String text = readText(file, problems);
        if (text == null) {
            return;
        }
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            problems.add(problem(file, 1, "missing_front_matter", null));
            return;
        }
        int end = -1;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            problems.add(problem(file, 1, "unclosed_front_matter", null));
            return;
        }
        String yamlText = String.join("\n", lines.subList(1, end));
        FrontMatter fm = parse(yamlText, FrontMatter.class, file, 1, problems);
        if (fm == null) {
            return;
        }
        if (fm.title() == null || fm.title().isBlank()) {
            problems.add(problem(file, 1 + lineOf(yamlText, "title"), "missing_key", "title"));
            return;
        }
        if (fm.minutes() != null && (fm.minutes() < 0 || fm.minutes() > MAX_MINUTES)) {
            problems.add(problem(file, 1 + lineOf(yamlText, "minutes"), "invalid_value", "minutes: " + fm.minutes()));
            return;
        }
        if (draft.titles.containsKey(language)) {
            problems.add(problem(file, 1, "duplicate_language", language));
            return;
        }
        String body = String.join("\n", lines.subList(end + 1, lines.size())).strip();
        draft.titles.put(language, fm.title().strip());
        draft.markdown.put(language, body);
        draft.html.put(language, Markdown.toSafeHtml(body));
        if (fm.minutes() != null && (draft.minutes == null || file.equals(draft.baseFile))) {
            draft.minutes = fm.minutes();
        }
    }

    private void validate(CourseManifest m, String text, Path file, List<ContentProblem> problems) {
        checkTexts(m.title(), "title", text, file, problems);
        checkTexts(m.summary(), "summary", text, file, problems);
        if (Dimension.fromKey(m.dimension()).isEmpty()) {
            problems.add(problem(file, lineOf(text, "dimension"), "invalid_value", "dimension: " + m.dimension()));
        }
        if (Audience.fromKey(m.audience()).isEmpty()) {
            problems.add(problem(file, lineOf(text, "audience"), "invalid_value", "audience: " + m.audience()));
        }
        if (m.minutes() == null || m.minutes() < 1 || m.minutes() > MAX_MINUTES) {
            problems.add(problem(file, lineOf(text, "minutes"), "invalid_value", "minutes: " + m.minutes()));
        }
        if (m.status() != null && !Set.of(CourseStatus.PUBLISHED.key(), CourseStatus.DRAFT.key()).contains(m.status())) {
            problems.add(problem(file, lineOf(text, "status"), "invalid_value", "status: " + m.status()));
        }
        if (m.language() != null && !validLanguage(m.language())) {
            problems.add(problem(file, lineOf(text, "language"), "invalid_value", "language: " + m.language()));
        }
        if (m.competencies() != null) {
            for (String code : m.competencies()) {
                if (code == null || !ManifestValues.COMPETENCY_CODE.matcher(code).matches()) {
                    problems.add(problem(file, lineOf(text, "competencies"), "invalid_value", "competencies: " + code));
                }
            }
        }
        CourseManifest.Quiz q = m.quiz();
        if (q != null) {
            if (q.passPercent() != null && (q.passPercent() < 0 || q.passPercent() > 100)) {
                problems.add(problem(file, lineOf(text, "passPercent"), "invalid_value", "passPercent: " + q.passPercent()));
            }
            if (q.attempts() != null && q.attempts() < 0) {
                problems.add(problem(file, lineOf(text, "attempts"), "invalid_value", "attempts: " + q.attempts()));
            }
            if (q.timeLimitMinutes() != null && q.timeLimitMinutes() < 1) {
                problems.add(problem(file, lineOf(text, "timeLimitMinutes"), "invalid_value",
                        "timeLimitMinutes: " + q.timeLimitMinutes()));
            }
        }
    }

    private void checkTexts(Map<String, String> texts, String key, String text, Path file, List<ContentProblem> problems) {
        if (texts == null || texts.values().stream().allMatch(v -> v == null || v.isBlank())) {
            problems.add(problem(file, lineOf(text, key), "missing_key", key));
            return;
        }
        for (String tag : texts.keySet()) {
            if (!validLanguage(tag)) {
                problems.add(problem(file, lineOf(text, key), "invalid_value", key + "." + tag));
            }
        }
    }

    private static boolean validLanguage(String tag) {
        return ManifestValues.validLanguage(tag);
    }

    private <T> T parse(String text, Class<T> type, Path file, int lineOffset, List<ContentProblem> problems) {
        try {
            T value = yaml.readValue(text, type);
            if (value == null) {
                problems.add(problem(file, lineOffset + 1, "empty_file", null));
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            int line = text.contains(e.getPropertyName()) ? lineOf(text, e.getPropertyName()) : line(e.getLocation());
            problems.add(problem(file, lineOffset + line, "unknown_key", e.getPropertyName()));
        } catch (MismatchedInputException e) {
            Matcher missing = MISSING_PROPERTY.matcher(String.valueOf(e.getOriginalMessage()));
            if (missing.find()) {
                problems.add(problem(file, lineOffset + 1, "missing_key", missing.group(1)));
            } else {
                problems.add(problem(file, lineOffset + line(e.getLocation()), "invalid_value", fieldPath(e)));
            }
        } catch (JsonMappingException e) {
            Throwable cause = e.getCause();
            if (cause instanceof JsonParseException syntax) {
                String message = String.valueOf(syntax.getOriginalMessage()).lines().findFirst().orElse("");
                problems.add(problem(file, lineOffset + line(syntax.getLocation()), "yaml_syntax", message));
            } else {
                problems.add(problem(file, lineOffset + line(e.getLocation()), "invalid_value", fieldPath(e)));
            }
        } catch (JsonProcessingException e) {
            String message = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
            problems.add(problem(file, lineOffset + line(e.getLocation()), "yaml_syntax", message));
        }
        return null;
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append(sb.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static int line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
    }

    /** The 1-based line where {@code key:} first appears, or 1. */
    static int lineOf(String text, String key) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(key) + "\\s*:").matcher(text);
        if (!m.find()) {
            return 1;
        }
        return (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
    }

    private String readText(Path file, List<ContentProblem> problems) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                problems.add(problem(file, 1, "file_too_large", String.valueOf(MAX_FILE_BYTES)));
                return null;
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return text.replace("\r\n", "\n");
        } catch (CharacterCodingException e) {
            problems.add(problem(file, 1, "not_utf8", null));
        } catch (IOException e) {
            problems.add(problem(file, 1, "unreadable", e.getClass().getSimpleName()));
        }
        return null;
    }

    private static String hash(List<Path> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(("markdown-v" + Markdown.VERSION).getBytes(StandardCharsets.UTF_8));
            for (Path f : files) {
                digest.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(f));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ContentProblem problem(Path file, int line, String code, String detail) {
        String path = contentRoot.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
        return new ContentProblem(path, line, code, detail);
    }

    private static final class ModuleDraft {
        final String slug;
        final Path firstFile;
        Path baseFile;
        Integer minutes;
        final Map<String, String> titles = new LinkedHashMap<>();
        final Map<String, String> markdown = new LinkedHashMap<>();
        final Map<String, String> html = new LinkedHashMap<>();

        ModuleDraft(String slug, Path firstFile) {
            this.slug = slug;
            this.firstFile = firstFile;
        }
    }
}
