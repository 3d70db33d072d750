package org.resilib.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.resilib.db.ChangeFeed;
import org.resilib.db.PersonCache;

/**
 * What each signed-in learner has done, from memory: the courses they are enrolled in and the modules they have
 * done, so that the catalogue, course, module and dashboard pages need no statement for it. Read in one statement
 * when not kept; kept exact by the {@value #CHANNEL} notifications that database triggers send for every change to
 * enrolments and done modules (V28), on every instance, and by {@link #changed} on this one right after its own
 * commits (see {@link PersonCache}).
 */
@ApplicationScoped
public class LearnerStates implements ChangeFeed.Subscriber {

    /** The notification channel; the payload is the person's id, or {@code *} for everyone. */
    public static final String CHANNEL = "learner_changed";

    /** People kept at most: enough for those active at once on a large campus, a few MB. */
    static final int CAPACITY = 20_000;

    /**
     * A learner's enrolments and done modules (ids; done modules of every course, retired ones included: pages
     * count them against the modules they show).
     */
    public record State(Set<Long> enrolled, Set<Long> done) {

        static final State NOBODY = new State(Set.of(), Set.of());

        /** How many of these modules are done. */
        public int doneOf(List<PublishedCourses.ModuleOutline> modules) {
            int n = 0;
            for (PublishedCourses.ModuleOutline m : modules) {
                if (done.contains(m.id())) {
                    n++;
                }
            }
            return n;
        }
    }

    private final EntityManager em;
    private final ChangeFeed feed;
    private final PersonCache<State> states;

    LearnerStates(EntityManager em, ChangeFeed feed) {
        this.em = em;
        this.feed = feed;
        this.states = new PersonCache<>(CHANNEL, feed, CAPACITY, Duration.ofMinutes(30));
    }

    /** The learner's state; nothing for visitors (a null id). */
    public State of(Long personId) {
        return personId == null ? State.NOBODY : states.get(personId, () -> load(personId));
    }

    /** The learner's enrolments or progress change in the current transaction (or have, outside one). */
    public void changed(long personId) {
        feed.afterCommit(CHANNEL, Long.toString(personId));
    }

    private State load(long personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select 'e', course_id from enrolment where person_id = ?1"
                + " union all select 'd', module_id from module_progress where person_id = ?1")
                .setParameter(1, personId).getResultList();
        Set<Long> enrolled = new HashSet<>();
        Set<Long> done = new HashSet<>();
        for (Object[] r : rows) {
            ("e".equals(String.valueOf(r[0])) ? enrolled : done).add(((Number) r[1]).longValue());
        }
        return new State(Set.copyOf(enrolled), Set.copyOf(done));
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void notified(String payload) {
        states.notified(payload);
    }

    @Override
    public void missed() {
        states.missed();
    }

    /** How many learners are kept (for tests). */
    long size() {
        return states.size();
    }
}
