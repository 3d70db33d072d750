package org.resilib.content.folder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.resilib.course.Course;
import org.resilib.course.CourseModule;
import org.resilib.web.DomainException;

/**
 * A course as a zip in the content/ layout ({@code <slug>/course.yaml}, {@code NN-module.md} with translations as
 * {@code NN-module.<lang>.md}, {@code quiz.gift}): what the content loader reads back into the same course.
 */
@ApplicationScoped
public class CourseExport {

    static final String BASE_LANGUAGE = "zh-CN";

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR));

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] zip(String slug) {
        Course course = Course.findBySlug(slug).orElseThrow(() -> DomainException.notFound("course"));
        List<CourseModule> modules = CourseModule.list("course = ?1 and retired = false order by position", course);
        String base = modules.stream().allMatch(m -> m.title.containsKey(BASE_LANGUAGE))
                && course.title.containsKey(BASE_LANGUAGE) ? BASE_LANGUAGE
                : modules.isEmpty() ? BASE_LANGUAGE : modules.get(0).title.keySet().iterator().next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            put(zip, slug + "/" + CourseFolderReader.MANIFEST, manifest(course, base));
            int index = 0;
            for (CourseModule m : modules) {
                index++;
                String prefix = slug + "/" + String.format("%02d", index) + "-" + m.slug;
                for (String language : m.title.keySet()) {
                    String suffix = language.equals(base) ? ".md" : "." + language + ".md";
                    put(zip, prefix + suffix, module(m, language));
                }
            }
            if (course.quizGift != null && !course.quizGift.isBlank()) {
                put(zip, slug + "/" + CourseFolderReader.QUIZ, course.quizGift);
                if (course.quizTranslations != null) {
                    for (Map.Entry<String, String> t : new TreeMap<>(course.quizTranslations).entrySet()) {
                        put(zip, slug + "/quiz." + t.getKey() + ".gift", t.getValue());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private String manifest(Course c, String base) throws JsonProcessingException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", c.title);
        m.put("summary", c.summary);
        m.put("dimension", c.dimension);
        m.put("audience", c.audience);
        m.put("minutes", c.minutes);
        if (c.competencies != null && !c.competencies.isEmpty()) {
            m.put("competencies", new ArrayList<>(c.competencies));
        }
        if (c.quizSettings != null) {
            Map<String, Object> quiz = new LinkedHashMap<>();
            putIfSet(quiz, "passPercent", c.quizSettings.passPercent());
            putIfSet(quiz, "attempts", c.quizSettings.attempts());
            putIfSet(quiz, "timeLimitMinutes", c.quizSettings.timeLimitMinutes());
            putIfSet(quiz, "shuffle", c.quizSettings.shuffle());
            m.put("quiz", quiz);
        }
        m.put("status", "published".equals(c.status) ? "published" : "draft");
        if (!BASE_LANGUAGE.equals(base)) {
            m.put("language", base);
        }
        return yaml.writeValueAsString(m);
    }

    private String module(CourseModule m, String language) throws JsonProcessingException {
        Map<String, Object> front = new LinkedHashMap<>();
        front.put("title", m.title.get(language));
        front.put("minutes", m.minutes);
        String body = m.bodyMarkdown == null ? "" : m.bodyMarkdown.getOrDefault(language, "");
        return "---\n" + yaml.writeValueAsString(front) + "---\n\n" + body + "\n";
    }

    private static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
