package org.resilib.survey;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Loading survey files again: a file unchanged since its last load is neither parsed nor written (one statement
 * for every file), a changed one is loaded again.
 */
@QuarkusTest
class SurveyReloadTest {

    private static final String SLUG = "reload-unchanged-check";
    private static final String OTHER = "reload-unchanged-other";

    @Inject
    SurveyLoader loader;
    @Inject
    EntityManagerFactory emf;
    @Inject
    EntityManager em;

    @AfterEach
    void removeSurvey() {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from survey where slug in (?1, ?2)")
                .setParameter(1, SLUG).setParameter(2, OTHER).executeUpdate());
    }

    @Test
    void anUnchangedFileIsSkippedAndAChangedOneLoaded() throws Exception {
        Path root = Files.createTempDirectory("surveys");
        Path file = Files.createDirectories(root.resolve("surveys")).resolve(SLUG + ".yaml");
        Files.writeString(file, SurveyLoaderTest.GOOD);
        Files.writeString(file.resolveSibling(OTHER + ".yaml"), SurveyLoaderTest.GOOD);
        List<ContentProblem> problems = new ArrayList<>();
        long first = Statements.during(emf, () -> problems.addAll(loader.load(root)));
        assertThat(problems).isEmpty();
        assertThat(first).as("statements of a first load").isGreaterThan(1);
        assertThat(title()).isEqualTo("Test survey");

        long again = Statements.during(emf, () -> problems.addAll(loader.load(root)));
        assertThat(problems).isEmpty();
        assertThat(again).as("statements of a load of two unchanged files: the loaded hashes, nothing per file")
                .isEqualTo(1);

        Files.writeString(file, SurveyLoaderTest.GOOD.replace("Test survey", "Renamed survey"));
        long changed = Statements.during(emf, () -> problems.addAll(loader.load(root)));
        assertThat(problems).isEmpty();
        assertThat(changed).isGreaterThan(1);
        assertThat(title()).isEqualTo("Renamed survey");
    }

    private String title() {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select title ->> 'en' from survey where slug = ?1").setParameter(1, SLUG).getSingleResult());
    }
}
