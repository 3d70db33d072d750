package org.resilib;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the house, checked on the compiled classes (ArchUnit) and on the sources: which package may use
 * which, no cycles, entities used only by their own feature (resources without exception, other classes as listed
 * debt), tables read only by the feature that owns them, and no {@code org.resilib} name written inline. The
 * README's architecture section explains the picture.
 */
class ArchitectureTest {

    /**
     * Every top-level package and the packages it may use, bottom to top. Shared leaves first: they know no feature.
     * A package may use only what is listed for it; a new package must be added here, in its place.
     */
    static final Map<String, Set<String>> MAY_USE = new LinkedHashMap<>();

    static {
        MAY_USE.put("config", Set.of());
        MAY_USE.put("time", Set.of());
        MAY_USE.put("text", Set.of());
        MAY_USE.put("db", Set.of("config"));
        MAY_USE.put("mail", Set.of("config"));
        MAY_USE.put("gift", Set.of());
        MAY_USE.put("web", Set.of("text", "time"));
        MAY_USE.put("identity", Set.of("web", "time"));
        MAY_USE.put("personaldata", Set.of());
        MAY_USE.put("upload", Set.of());
        Set<String> leaves = Set.of("config", "time", "text", "db", "mail", "gift", "web", "identity", "personaldata",
                "upload");
        MAY_USE.put("audit", leaves);
        MAY_USE.put("settings", with(leaves, "audit"));
        MAY_USE.put("people", with(leaves, "audit", "settings"));
        MAY_USE.put("access", with(leaves, "audit", "settings", "people"));
        MAY_USE.put("course", with(leaves, "audit", "people"));
        MAY_USE.put("content", with(leaves, "audit", "people", "course"));
        MAY_USE.put("quiz", with(leaves, "audit", "people", "course", "content"));
        MAY_USE.put("livesession", with(leaves, "audit", "people", "course"));
        MAY_USE.put("competency", with(leaves, "audit", "people", "course", "content", "quiz", "livesession"));
        MAY_USE.put("authoring", with(leaves, "audit", "people", "course", "content", "quiz"));
        MAY_USE.put("survey", with(leaves, "audit", "people", "course", "content", "livesession"));
        MAY_USE.put("consult", with(leaves, "audit", "people", "competency"));
        MAY_USE.put("guide", with(leaves, "audit", "settings", "people", "course", "content", "livesession",
                "competency", "consult"));
        MAY_USE.put("privacy", with(leaves, "audit", "people"));
        MAY_USE.put("platform", with(leaves, "audit", "settings", "people", "content"));
    }

    /** The tables each feature owns; only classes of that feature's package may name them in SQL. */
    static final Map<String, String> TABLE_OWNER = new LinkedHashMap<>();

    static {
        owns("mail", "mail_outbox");
        owns("audit", "audit_event");
        owns("settings", "site_setting");
        owns("people", "person", "person_role", "login_failure", "password_reset");
        owns("access", "api_token");
        owns("course", "course", "course_module", "enrolment", "module_progress");
        owns("content", "content_reload", "content_folder");
        owns("authoring", "course_draft", "course_version", "course_author", "course_asset");
        owns("quiz", "question", "question_version", "quiz_attempt", "attempt_question");
        owns("livesession", "live_session", "session_registration", "session_free_seat", "session_reminder",
                "calendar_token");
        owns("survey", "survey", "survey_response", "survey_respondent", "survey_progress",
                "survey_visitor_count");
        owns("guide", "emergency", "emergency_mailing", "notice", "notice_dismissal", "e_resource", "e_resource_link",
                "guide_page", "guide_section", "guide_draft", "guide_version", "emergency_plan_task",
                "emergency_checklist_item");
        owns("consult", "consult_question", "consult_message", "consult_event", "consult_address_count",
                "consult_faq", "consult_hours", "consult_closed_day", "consult_around_the_clock", "consult_duty",
                "consult_presence", "consult_mail_ledger", "consult_saved_reply", "consult_attachment");
        owns("competency", "competency_framework", "competency", "competency_assessment", "work_sample",
                "competency_target", "service_team", "service_team_member", "signing_key", "badge_credential");
    }

    /**
     * SQL that still names another feature's tables, file by file: the debt left to pay, each to be replaced by a
     * read method of the owner. The list may only shrink: a new cross read fails the test, and so does an entry that
     * is no longer needed.
     */
    static final Map<String, Set<String>> KNOWN_CROSS_READS = new LinkedHashMap<>();

    static {
        // Deliberate: the audit log sits below people and records the actor's address as it was at the time.
        KNOWN_CROSS_READS.put("audit/AuditLog", Set.of("person"));
    }

    /**
     * Classes that still use another feature's entities (by simple name), class by class: like the cross reads, debt
     * that may only shrink. A new use fails the test, and so does an entry that is no longer needed. Resources and
     * APIs may not appear here: they keep to their own feature's entities without exception.
     */
    static final Map<String, Set<String>> KNOWN_ENTITY_USES = new LinkedHashMap<>();

    static {
        // Deliberate: content is the loader, the one path that writes course and module rows from a course document
        // (content/, drafts, published versions, imported zips).
        KNOWN_ENTITY_USES.put("content/CourseDocument", Set.of("Course", "CourseModule"));
        KNOWN_ENTITY_USES.put("content/folder/CourseExport", Set.of("Course", "CourseModule"));
        KNOWN_ENTITY_USES.put("content/folder/CourseImport", Set.of("Course"));
        KNOWN_ENTITY_USES.put("content/CourseSync", Set.of("Course", "CourseModule"));
        // Debt: every editor gets the course row, locked, from Drafts.editable and reads the live modules for a
        // first draft; paying it means Drafts locking by slug and handing out a record of the course.
        KNOWN_ENTITY_USES.put("authoring/AssetService", Set.of("Course"));
        KNOWN_ENTITY_USES.put("authoring/Drafts", Set.of("Course", "CourseModule"));
        KNOWN_ENTITY_USES.put("authoring/course/CoAuthors", Set.of("Course"));
        KNOWN_ENTITY_USES.put("authoring/course/CourseDrafts", Set.of("Course"));
        KNOWN_ENTITY_USES.put("authoring/course/Publication", Set.of("Course"));
        KNOWN_ENTITY_USES.put("authoring/module/ModuleDrafts", Set.of("Course"));
        KNOWN_ENTITY_USES.put("authoring/question/QuestionBank", Set.of("Course"));
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.resilib");
    }

    @Test
    void everyPackageIsPlacedInThePicture() {
        List<String> unplaced = classes.stream().map(ArchitectureTest::feature).distinct()
                .filter(p -> !MAY_USE.containsKey(p)).toList();
        assertThat(unplaced).as("packages missing from ArchitectureTest.MAY_USE").isEmpty();
    }

    @Test
    void packagesUseOnlyWhatIsBelowThem() {
        for (Map.Entry<String, Set<String>> e : MAY_USE.entrySet()) {
            List<String> forbidden = MAY_USE.keySet().stream()
                    .filter(p -> !p.equals(e.getKey()) && !e.getValue().contains(p))
                    .map(p -> "org.resilib." + p + "..").toList();
            if (forbidden.isEmpty()) {
                continue;
            }
            noClasses().that().resideInAPackage("org.resilib." + e.getKey() + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(forbidden.toArray(String[]::new))
                    .because(e.getKey() + " may use only " + e.getValue())
                    .allowEmptyShould(true).check(classes);
        }
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.resilib.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void resourcesTouchOnlyTheirOwnFeaturesEntities() {
        classes().that().haveSimpleNameEndingWith("Resource").or().haveSimpleNameEndingWith("Api")
                .should(new ArchCondition<JavaClass>("use only their own feature's entities") {
                    @Override
                    public void check(JavaClass resource, ConditionEvents events) {
                        foreignEntities(resource).forEach(t -> events.add(SimpleConditionEvent.violated(resource,
                                resource.getName() + " uses the entity " + t.getName())));
                    }
                }).check(classes);
    }

    @Test
    void onlyTheOwningFeatureUsesItsEntities() {
        Map<String, Set<String>> found = new LinkedHashMap<>();
        for (JavaClass c : classes) {
            foreignEntities(c).forEach(t -> found.computeIfAbsent(name(c), k -> new TreeSet<>())
                    .add(t.getSimpleName()));
        }
        List<String> added = new ArrayList<>();
        found.forEach((cls, entities) -> entities.stream()
                .filter(e -> !KNOWN_ENTITY_USES.getOrDefault(cls, Set.of()).contains(e))
                .forEach(e -> added.add(cls + " uses " + e)));
        assertThat(added).as("classes using another feature's entities; ask the owner for a read method returning"
                + " a record instead").isEmpty();
        List<String> paid = new ArrayList<>();
        KNOWN_ENTITY_USES.forEach((cls, entities) -> entities.stream()
                .filter(e -> !found.getOrDefault(cls, Set.of()).contains(e))
                .forEach(e -> paid.add(cls + " " + e)));
        assertThat(paid).as("entity uses gone from the code: remove them from KNOWN_ENTITY_USES").isEmpty();
    }

    /**
     * The entities of other features a class uses: those it names (fields, signatures, calls, casts...), and those
     * carried by the signatures of the methods it calls and the fields it reads, so handing another feature's entity
     * from one service to the next counts as using it.
     */
    static Set<JavaClass> foreignEntities(JavaClass c) {
        Set<JavaClass> used = new HashSet<>();
        c.getDirectDependenciesFromSelf().forEach(d -> used.add(d.getTargetClass()));
        c.getCodeUnitCallsFromSelf().forEach(call -> call.getTarget().resolveMember().ifPresent(m -> {
            used.addAll(m.getReturnType().getAllInvolvedRawTypes());
            m.getParameterTypes().forEach(p -> used.addAll(p.getAllInvolvedRawTypes()));
        }));
        c.getFieldAccessesFromSelf().forEach(a -> a.getTarget().resolveMember()
                .ifPresent(f -> used.addAll(f.getType().getAllInvolvedRawTypes())));
        return used.stream().filter(t -> t.isAnnotatedWith(Entity.class))
                .filter(t -> !feature(t).equals(feature(c))).collect(Collectors.toSet());
    }

    /** A top-level class as the known lists name it: its path under org.resilib, nested classes counted in it. */
    static String name(JavaClass c) {
        String n = c.getName().substring("org.resilib.".length()).replace('.', '/');
        int nested = n.indexOf('$');
        return nested < 0 ? n : n.substring(0, nested);
    }

    @Test
    void onlyTheOwningFeatureNamesItsTablesInSql() {
        Pattern sqlTable = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+([a-z_]+)\\b");
        // Unrolled (no alternation inside the loop, so long literals do not exhaust the stack); char literals such
        // as '"' are taken out first so they cannot open a string.
        Pattern literal = Pattern.compile("\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"");
        Map<String, Set<String>> found = new LinkedHashMap<>();
        for (Path file : sources()) {
            String feature = featureOf(file);
            String text = read(file).replaceAll("'(?:[^'\\\\]|\\\\.)'", "' '").replaceAll("\"\\s*\\+\\s*\"", "");
            Matcher lit = literal.matcher(text);
            while (lit.find()) {
                Matcher m = sqlTable.matcher(lit.group(1));
                while (m.find()) {
                    String table = m.group(1).toLowerCase();
                    String owner = TABLE_OWNER.get(table);
                    if (owner != null && !owner.equals(feature)) {
                        found.computeIfAbsent(name(file), k -> new TreeSet<>()).add(table);
                    }
                }
            }
        }
        List<String> added = new ArrayList<>();
        found.forEach((file, tables) -> tables.stream()
                .filter(t -> !KNOWN_CROSS_READS.getOrDefault(file, Set.of()).contains(t))
                .forEach(t -> added.add(file + " names " + t + " (owned by " + TABLE_OWNER.get(t) + ")")));
        assertThat(added).as("SQL naming another feature's tables; ask the owner for a read method instead")
                .isEmpty();
        List<String> paid = new ArrayList<>();
        KNOWN_CROSS_READS.forEach((file, tables) -> tables.stream()
                .filter(t -> !found.getOrDefault(file, Set.of()).contains(t))
                .forEach(t -> paid.add(file + " " + t)));
        assertThat(paid).as("cross reads gone from the code: remove them from KNOWN_CROSS_READS").isEmpty();
    }

    @Test
    void noOrgResilibNameIsWrittenInline() {
        List<String> inline = new ArrayList<>();
        for (Path file : sources()) {
            String[] lines = read(file).split("\n");
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (!line.startsWith("import ") && !line.startsWith("package ") && !line.startsWith("*")
                        && !line.startsWith("//") && line.matches(".*\\borg\\.resilib\\.[a-z]+(\\.[a-z]+)*\\.[A-Z].*")) {
                    inline.add(file + ":" + (i + 1) + ": " + line);
                }
            }
        }
        assertThat(inline).as("fully qualified org.resilib names outside imports").isEmpty();
    }

    private static Set<String> with(Set<String> base, String... more) {
        Set<String> out = new HashSet<>(base);
        out.addAll(List.of(more));
        return Set.copyOf(out);
    }

    private static void owns(String feature, String... tables) {
        for (String t : tables) {
            TABLE_OWNER.put(t, feature);
        }
    }

    static String feature(JavaClass c) {
        String rest = c.getPackageName().substring("org.resilib".length());
        rest = rest.startsWith(".") ? rest.substring(1) : rest;
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    private static String name(Path file) {
        String rel = Paths.get("src/main/java/org/resilib").relativize(file).toString();
        return rel.substring(0, rel.length() - ".java".length());
    }

    private static String featureOf(Path file) {
        Path rel = Paths.get("src/main/java/org/resilib").relativize(file);
        return rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
    }

    private static List<Path> sources() {
        try (Stream<Path> s = Files.walk(Paths.get("src/main/java/org/resilib"))) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
