package org.resilib.content.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.resilib.content.CourseSync;

/** When a reload may skip a folder without reading it, and what its fingerprint notices. */
class FolderFingerprintTest {

    @TempDir
    Path dir;

    @Test
    void theFingerprintChangesWithAnyFileItsNameOrWhatLiesOutside() throws Exception {
        Files.writeString(dir.resolve("course.yaml"), "title: x\n");
        Files.createDirectories(dir.resolve("modules"));
        Files.writeString(dir.resolve("modules/01-a.md"), "# A\n");
        String first = FolderFingerprint.of(dir, "outside-1", p -> true);
        assertThat(FolderFingerprint.of(dir, "outside-1", p -> true)).isEqualTo(first);
        assertThat(FolderFingerprint.of(dir, "outside-2", p -> true)).isNotEqualTo(first);
        Files.writeString(dir.resolve("modules/01-a.md"), "# A!\n");
        String edited = FolderFingerprint.of(dir, "outside-1", p -> true);
        assertThat(edited).isNotEqualTo(first);
        Files.move(dir.resolve("modules/01-a.md"), dir.resolve("modules/02-a.md"));
        assertThat(FolderFingerprint.of(dir, "outside-1", p -> true)).isNotEqualTo(edited);
    }

    @Test
    void aFolderIsSkippedOnlyWhenItsFilesAndTheLiveCourseAreWhatTheLastLoadLeft() {
        String[] last = {"fp", "hash"};
        CourseSync.FileCourse live = new CourseSync.FileCourse("hash", false, false);
        assertThat(ContentLoader.unchangedSinceLastLoad("fp", last, live)).isTrue();
        assertThat(ContentLoader.unchangedSinceLastLoad("other", last, live)).isFalse();
        assertThat(ContentLoader.unchangedSinceLastLoad("fp", null, live)).as("never loaded").isFalse();
        assertThat(ContentLoader.unchangedSinceLastLoad("fp", last, null)).as("course gone").isFalse();
        assertThat(ContentLoader.unchangedSinceLastLoad("fp", last, new CourseSync.FileCourse("edited", false, false)))
                .as("edited in the browser since").isFalse();
        assertThat(ContentLoader.unchangedSinceLastLoad("fp", last, new CourseSync.FileCourse("hash", true, false)))
                .as("archived").isFalse();
        assertThat(ContentLoader.unchangedSinceLastLoad("fp", last, new CourseSync.FileCourse("hash", false, true)))
                .as("detached").isFalse();
        assertThat(ContentLoader.unchangedSinceLastLoad(null, last, live)).as("unreadable").isFalse();
    }
}
