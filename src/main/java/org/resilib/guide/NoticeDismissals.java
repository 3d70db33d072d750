package org.resilib.guide;

import io.vertx.core.http.Cookie;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.resilib.db.ChangeFeed;
import org.resilib.db.PersonCache;

/**
 * The critical notices each person has dismissed: for signed-in people in the database (so on every device), kept
 * in memory per person and dropped when the triggers announce a change of theirs on the learners' channel (V32);
 * for visitors in a cookie of their browser, which holds at most {@link #COOKIE_IDS} ids.
 */
@ApplicationScoped
public class NoticeDismissals implements ChangeFeed.Subscriber {

    /** The channel the dismissals' trigger announces on (the learners' channel of V28). */
    static final String CHANNEL = "learner_changed";
    public static final String COOKIE = "resilib_dismissed";
    static final int COOKIE_IDS = 30;

    private final EntityManager em;
    private final ChangeFeed feed;
    private final PersonCache<Set<Long>> kept;

    NoticeDismissals(EntityManager em, ChangeFeed feed) {
        this.em = em;
        this.feed = feed;
        this.kept = new PersonCache<>(CHANNEL, feed, 20_000, Duration.ofMinutes(30));
    }

    /** What a signed-in person has dismissed. */
    public Set<Long> byPerson(long personId) {
        return kept.get(personId, () -> {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("select notice_id from notice_dismissal where person_id = ?1")
                    .setParameter(1, personId).getResultList();
            return ids.stream().map(Number::longValue).collect(Collectors.toUnmodifiableSet());
        });
    }

    /** What a visitor's browser has dismissed, from its cookie (ids that do not parse are ignored). */
    public static Set<Long> fromCookie(Cookie cookie) {
        if (cookie == null || cookie.getValue() == null) {
            return Set.of();
        }
        return Arrays.stream(cookie.getValue().split("\\."))
                .map(String::strip).filter(v -> v.matches("[0-9]{1,18}")).map(Long::valueOf).limit(COOKIE_IDS)
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The cookie value after dismissing {@code noticeId}: the ids still worth keeping (those of unexpired notices)
     * plus this one, the newest last, at most {@link #COOKIE_IDS}.
     */
    public static String cookieWith(Set<Long> before, long noticeId, Set<Long> unexpired) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        before.stream().filter(unexpired::contains).forEach(ids::add);
        ids.remove(noticeId);
        ids.add(noticeId);
        return ids.stream().skip(Math.max(0, ids.size() - COOKIE_IDS)).map(String::valueOf)
                .collect(Collectors.joining("."));
    }

    /** Records that a signed-in person dismissed a notice (again is no change). */
    @Transactional
    public void dismiss(long personId, long noticeId) {
        em.createNativeQuery("insert into notice_dismissal (person_id, notice_id) select ?1, id from notice where"
                + " id = ?2 on conflict do nothing").setParameter(1, personId).setParameter(2, noticeId)
                .executeUpdate();
        feed.afterCommit(CHANNEL, String.valueOf(personId));
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void notified(String payload) {
        kept.notified(payload);
    }

    @Override
    public void missed() {
        kept.missed();
    }
}
