package org.resilib.quiz;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Submits attempts whose time is up, with what the learner saved, whether or not they come back. */
@ApplicationScoped
class ExpiredAttempts {

    private static final Logger LOG = Logger.getLogger(ExpiredAttempts.class);
    private final AnswerService answers;

    ExpiredAttempts(AnswerService answers) {
        this.answers = answers;
    }

    @Scheduled(every = "${resilib.quiz.expiry-check:20s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void submitExpired() {
        int n;
        do {
            n = answers.submitExpired(100);
            if (n > 0) {
                LOG.infof("Submitted %d attempts past their deadline", n);
            }
        } while (n == 100);
    }
}
