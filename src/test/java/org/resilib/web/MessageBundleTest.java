package org.resilib.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.resilib.audit.AuditEntries;
import org.resilib.audit.AuditLog;
import org.resilib.competency.LevelGuide;
import org.resilib.content.CourseVersionWritten;

/** Every text is in both bundles, every key a template uses exists, and templates hold no literal text. */
class MessageBundleTest {

    static final Path TEMPLATES = Paths.get("src/main/resources/templates");

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(Paths.get("src/main/resources/messages", name))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> walk = Files.walk(TEMPLATES)) {
            return walk.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** The bundles: msg (shared), qz (quizzes), ls (live sessions), cm (competencies). */
    static final List<String> BUNDLES = List.of("msg", "qz", "ls", "cm", "ac", "au", "act");

    static Set<String> keys(String bundle) throws IOException {
        return load(bundle + "_en.properties").stringPropertyNames();
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
        for (String bundle : BUNDLES) {
            Properties zh = load(bundle + "_zh_CN.properties");
            Properties en = load(bundle + "_en.properties");
            assertThat(new TreeSet<>(zh.stringPropertyNames())).as(bundle)
                    .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
            zh.forEach((k, v) -> assertThat(v.toString()).as("zh-CN " + k).isNotBlank());
            en.forEach((k, v) -> assertThat(v.toString()).as("en " + k).isNotBlank());
        }
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Set<String> keys = keys(bundle);
            Pattern use = Pattern.compile("\\b" + bundle + ":([a-z0-9_]+)");
            for (Path t : templates()) {
                Matcher m = use.matcher(Files.readString(t));
                while (m.find()) {
                    if (!m.group(1).equals("message") && !keys.contains(m.group(1))) {
                        missing.add(t + ": " + bundle + ":" + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void dynamicKeysExistInBothBundles() throws IOException {
        Set<String> keys = load("msg_en.properties").stringPropertyNames();
        for (String prefix : List.of("dimension_awareness", "dimension_ability", "dimension_ethics", "dimension_new_media",
                "audience_students", "audience_librarians", "audience_everyone", "role_student", "role_librarian",
                "role_instructor", "role_admin", "error_title_400", "error_title_403", "error_title_404",
                "error_title_409", "error_title_500", "content_error_gift_error")) {
            assertThat(keys).contains(prefix);
        }
        String reader = Files.readString(
                Paths.get("src/main/java/org/resilib/content/folder/CourseFolderReader.java"))
                + Files.readString(Paths.get("src/main/java/org/resilib/content/reload/ContentLoader.java"));
        Matcher m = Pattern.compile("(?:problem|ContentProblem)\\([^;]*?,\\s*\"([a-z_]+)\",").matcher(reader);
        int found = 0;
        while (m.find()) {
            found++;
            assertThat(keys).as("content error code " + m.group(1)).contains("content_error_" + m.group(1));
        }
        assertThat(found).isGreaterThan(10);
        assertThat(keys("qz")).contains("attempt_state_in_progress", "attempt_state_needs_grading",
                "attempt_state_graded", "question_type_multichoice", "question_type_description");
        for (CourseVersionWritten.Source source
                : CourseVersionWritten.Source.values()) {
            assertThat(keys("au")).contains("author_source_" + source.key());
        }
        assertThat(keys("au")).contains("author_status_published", "author_status_draft", "author_status_archived",
                "author_format_markdown", "author_format_moodle", "author_format_html", "author_format_plain");
        // Confirmation steps and acknowledgements name their texts in Java code: each one exists.
        List<String> actionKeys = new ArrayList<>();
        try (Stream<Path> java = Files.walk(Paths.get("src/main/java"))) {
            for (Path f : java.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher k = Pattern.compile("\"((?:confirm|done)_[a-z_]+)\"").matcher(Files.readString(f));
                while (k.find()) {
                    actionKeys.add(k.group(1));
                }
            }
        }
        assertThat(actionKeys).hasSizeGreaterThan(20);
        assertThat(keys("act")).containsAll(actionKeys);
        // The audit page's sentences, detail labels and coded values, and the competency rules' ways.
        Set<String> audit = keys("ac");
        for (AuditLog.Action a : AuditLog.Action.values()) {
            assertThat(audit).contains("audit_" + a.key(), "audit_line_" + a.key());
        }
        AuditEntries.LABELLED.forEach(k -> assertThat(audit).contains("audit_detail_" + k));
        AuditEntries.REASONS.forEach(k -> assertThat(audit).contains("audit_value_reason_" + k));
        AuditEntries.METHODS.forEach(k -> assertThat(audit).contains("audit_value_method_" + k));
        AuditEntries.SOURCES.forEach(k -> assertThat(audit).contains("audit_value_source_" + k));
        AuditEntries.SETTINGS.forEach(k -> assertThat(audit)
                .contains("audit_setting_" + k.replaceAll("[^a-z]+", "_")));
        assertThat(keys("cm")).contains("way_" + LevelGuide.COURSE_COMPLETED, "way_" + LevelGuide.QUIZ_PASSED,
                "way_" + LevelGuide.SESSION_ATTENDED, "way_" + LevelGuide.WORK_SAMPLE_REVIEWED);
        assertThat(keys("ls")).contains("platform_tencent_meeting", "registration_confirmed",
                "registration_waitlisted", "mail_subject_confirmed", "mail_body_reminder_1h");
    }

    @Test
    void templatesHaveNoLiteralText() throws IOException {
        Pattern expression = Pattern.compile("\\{[^{}]*\\}");
        Pattern tag = Pattern.compile("<[^>]*>");
        Pattern attribute = Pattern.compile("(?:aria-label|title|alt|placeholder)=\"([^\"]*)\"");
        List<String> literals = new ArrayList<>();
        for (Path t : templates()) {
            String source = Files.readString(t);
            Matcher attrs = attribute.matcher(source);
            while (attrs.find()) {
                if (attrs.group(1).replaceAll("\\{[^}]*\\}", "").matches(".*\\p{L}.*")) {
                    literals.add(t + ": attribute " + attrs.group(0));
                }
            }
            String text = source;
            for (int i = 0; i < 3; i++) {
                text = expression.matcher(text).replaceAll(" ");
            }
            text = tag.matcher(text).replaceAll(" ");
            for (String line : text.split("\n")) {
                if (line.matches(".*\\p{L}.*")) {
                    literals.add(t + ": " + line.strip());
                }
            }
        }
        assertThat(literals).isEmpty();
    }
}
