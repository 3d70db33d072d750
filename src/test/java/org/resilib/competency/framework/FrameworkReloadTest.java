package org.resilib.competency.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.resilib.Statements;
import org.resilib.content.ContentProblem;

/**
 * Loading framework files again: files unchanged since their last load are neither parsed nor written (one statement
 * for all of them); a changed file is loaded, and one that repeats a code of an unchanged framework is refused with
 * its line, whichever file comes first.
 */
@QuarkusTest
class FrameworkReloadTest {

    private static final String FIRST = "reload-frameworks-a";
    private static final String SECOND = "reload-frameworks-b";
    private static final String BROWSER = "reload-frameworks-browser";

    @Inject
    FrameworkLoader loader;
    @Inject
    EntityManagerFactory emf;
    @Inject
    EntityManager em;

    static String framework(String title, String code) {
        return FrameworkLoaderTest.GOOD.replace("title: { en: Test }", "title: { en: " + title + " }")
                .replace("code: T.ONE", "code: " + code + ".ONE").replace("parent: T", "parent: " + code)
                .replace("code: T\n", "code: " + code + "\n");
    }

    @AfterEach
    void removeFrameworks() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from competency where framework_id in (select id from competency_framework"
                    + " where slug in (?1, ?2, ?3))").setParameter(1, FIRST).setParameter(2, SECOND)
                    .setParameter(3, BROWSER).executeUpdate();
            em.createNativeQuery("delete from competency_framework where slug in (?1, ?2, ?3)").setParameter(1, FIRST)
                    .setParameter(2, SECOND).setParameter(3, BROWSER).executeUpdate();
        });
    }

    @Test
    void unchangedFilesAreSkippedAndAChangedOneIsLoadedAndChecked() throws Exception {
        Path root = Files.createTempDirectory("frameworks");
        Path dir = Files.createDirectories(root.resolve("competencies"));
        Path first = dir.resolve(FIRST + ".yaml");
        Path second = dir.resolve(SECOND + ".yaml");
        Files.writeString(first, framework("First", "RLA"));
        Files.writeString(second, framework("Second", "RLB"));
        List<ContentProblem> problems = new ArrayList<>();
        assertThat(Statements.during(emf, () -> problems.addAll(loader.load(root)))).isGreaterThan(1);
        assertThat(problems).isEmpty();
        assertThat(title(SECOND)).isEqualTo("Second");

        long again = Statements.during(emf, () -> problems.addAll(loader.load(root)));
        assertThat(problems).isEmpty();
        assertThat(again).as("statements of a load of two unchanged files: the loaded hashes, nothing per file")
                .isEqualTo(1);

        // the first file (read first) now repeats a code of the second, unchanged one: refused, and nothing changes
        Files.writeString(first, framework("First renamed", "RLB"));
        loader.load(root).forEach(problems::add);
        assertThat(problems).extracting(ContentProblem::path, ContentProblem::detail)
                .contains(tuple("competencies/" + FIRST + ".yaml", "RLB"));
        assertThat(title(FIRST)).isEqualTo("First");

        problems.clear();
        Files.writeString(first, framework("First renamed", "RLA"));
        assertThat(Statements.during(emf, () -> problems.addAll(loader.load(root)))).isGreaterThan(2);
        assertThat(problems).isEmpty();
        assertThat(title(FIRST)).isEqualTo("First renamed");
        assertThat(title(SECOND)).isEqualTo("Second");
    }

    @Test
    void aFileRepeatingTheCodeOfAFrameworkMadeInTheBrowserIsRefusedWithItsLine() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("insert into competency_framework (slug, title, levels) values (?1,"
                    + " '{\"en\": \"Browser\"}', '[]')").setParameter(1, BROWSER).executeUpdate();
            em.createNativeQuery("insert into competency (framework_id, code, name, position, retired) select id,"
                    + " 'RLZ', '{\"en\": \"Z\"}', 0, true from competency_framework where slug = ?1")
                    .setParameter(1, BROWSER).executeUpdate();
        });
        Path root = Files.createTempDirectory("frameworks");
        Files.writeString(Files.createDirectories(root.resolve("competencies")).resolve(FIRST + ".yaml"),
                framework("First", "RLZ"));
        assertThat(loader.load(root)).extracting(ContentProblem::path, ContentProblem::code, ContentProblem::detail)
                .contains(tuple("competencies/" + FIRST + ".yaml", "duplicate_code", "RLZ"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select count(*) from competency_framework where slug = ?1").setParameter(1, FIRST)
                .getSingleResult())).isEqualTo(0L);
    }

    private String title(String slug) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select title ->> 'en' from competency_framework where slug = ?1").setParameter(1, slug)
                .getSingleResult());
    }
}
