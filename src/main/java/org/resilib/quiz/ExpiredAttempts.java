package org.resilib.quiz;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Submits attempts whose time is up, with what the learner saved, whether or not they come back. */
@ApplicationScoped
class ExpiredAttempts {

    private static final Logger LOG = Logger.getLogger(ExpiredAttempts.class);
    private final QuizService quizzes;

    ExpiredAttempts(QuizService quizzes) {
        this.quizzes = quizzes;
    }

    @Scheduled(every = "${resilib.quiz.expiry-check:20s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void submitExpired() {
        int n;
        do {
            n = quizzes.submitExpired(100);
            if (n > 0) {
                LOG.infof("Submitted %d attempts past their deadline", n);
            }
        } while (n == 100);
    }
}
