package org.resilib.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The class-data-sharing archive that packaging records (pom.xml, the training run) is there, is accepted by this JVM
 * for the jar started as the README starts it (with jvm.options, which names the archive), and holds what a start
 * loads: the app's own classes and those of the runtime start (ORM, content loading), not only the JDK's. Not run
 * when the package was made without the archive ({@code -Dresilib.appcds.skip}).
 */
class ClassDataSharingIT {

    private static final String ARCHIVE = "target/quarkus-app/app-cds.jsa";
    private static final String JAR = "target/quarkus-app/quarkus-run.jar";

    @Test
    void theArchiveFitsThePackagedAppAndHoldsWhatAStartLoads() throws IOException, InterruptedException {
        // -Dresilib.appcds.skip, passed on by failsafe under another name (pom.xml)
        assumeFalse(Boolean.getBoolean("class-data-sharing.skipped"), "packaged without the archive");
        Path root = Path.of(System.getProperty("user.dir"));
        assertTrue(Files.isRegularFile(root.resolve(ARCHIVE)), ARCHIVE + " was not made by the package phase");
        assertTrue(Files.readAllLines(root.resolve("jvm.options")).stream().anyMatch(
                l -> l.strip().startsWith("-XX:SharedArchiveFile=" + ARCHIVE)), "jvm.options names " + ARCHIVE);

        Path out = Files.createTempFile("cds", ".txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@jvm.options", "-XX:+PrintSharedArchiveAndExit", "-jar", JAR)
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the JVM did not read the archive in time");
        String listing = Files.readString(out, StandardCharsets.UTF_8);
        Files.delete(out);
        // a JVM that cannot use the archive for this class path says why and exits with an error
        assertEquals(0, p.exitValue(), () -> listing.lines().filter(l -> !l.contains(": ")).limit(20).toList()
                .toString());
        for (String loaded : List.of("org.resilib.platform.ResilibMain", "org.resilib.content.reload.ContentLoader",
                "org.hibernate.internal.SessionFactoryImpl", "org.flywaydb.core.Flyway")) {
            assertTrue(listing.contains(" " + loaded + " "), loaded + " is not in the archive");
        }
    }
}
