package org.resilib.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.resilib.course.LearnerStates;
import org.resilib.db.ChangeFeed;
import org.resilib.db.PersonCache;

/**
 * The surveys each signed-in person has answered, and about what (the ledger's rows with their key), from memory:
 * the triggers on the ledger announce every change on the learners' channel ({@link LearnerStates#CHANNEL}, V28),
 * and a response announces it on this instance right after its commit ({@link LearnerStates#changed}).
 */
@ApplicationScoped
class AnsweredSurveys implements ChangeFeed.Subscriber {

    private final EntityManager em;
    private final PersonCache<Set<String>> answered;

    AnsweredSurveys(EntityManager em, ChangeFeed feed) {
        this.em = em;
        this.answered = new PersonCache<>(LearnerStates.CHANNEL, feed, 20_000, Duration.ofMinutes(30));
    }

    /** What the person has answered: {@link #key} of each survey and subject. */
    Set<String> by(long personId) {
        return answered.get(personId, () -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select survey_id, subject from survey_respondent where"
                    + " respondent = ?1").setParameter(1, Respondent.personKey(personId)).getResultList();
            return rows.stream().map(r -> key(((Number) r[0]).longValue(), Subject.of((String) r[1])))
                    .collect(Collectors.toUnmodifiableSet());
        });
    }

    /** A survey answered about a subject, as {@link #by} lists it. */
    static String key(long surveyId, Subject subject) {
        return surveyId + "/" + subject.key();
    }

    @Override
    public String channel() {
        return LearnerStates.CHANNEL;
    }

    @Override
    public void notified(String payload) {
        answered.notified(payload);
    }

    @Override
    public void missed() {
        answered.missed();
    }
}
