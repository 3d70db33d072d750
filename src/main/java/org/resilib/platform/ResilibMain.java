package org.resilib.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.Arrays;

/**
 * Starts an embedded PostgreSQL before Quarkus when no external database is configured, so that
 * {@code java -jar} and {@code quarkus:dev} work on a machine with nothing but a JDK.
 *
 * <p>Given the argument {@value #TRAINING_RUN}, the app starts as usual and stops as soon as it is ready: packaging
 * runs it so once, and the JVM writes the classes a start loads into a class-data-sharing archive that later starts
 * map instead of loading each class again (see {@code jvm.options}).
 */
@QuarkusMain
public class ResilibMain {

    static final String TRAINING_RUN = "--training-run";

    public static void main(String... args) {
        EmbeddedDatabase.startIfNoDatasourceConfigured();
        if (Arrays.asList(args).contains(TRAINING_RUN)) {
            Quarkus.run(StopWhenReady.class, Arrays.stream(args).filter(a -> !a.equals(TRAINING_RUN))
                    .toArray(String[]::new));
        } else {
            Quarkus.run(args);
        }
    }

    /** Returns as soon as the app has started, which stops it. */
    public static class StopWhenReady implements QuarkusApplication {
        @Override
        public int run(String... args) {
            return 0;
        }
    }
}
