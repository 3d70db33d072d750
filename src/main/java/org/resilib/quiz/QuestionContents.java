package org.resilib.quiz;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.resilib.quiz.bank.QuestionContent;
import org.resilib.quiz.bank.QuestionVersion;

/**
 * Question versions' content by version id, kept in memory: a version never changes once written (an edit makes a new
 * one), so what was read once stays right on every instance and needs no invalidation. Saving one response checks
 * its shape against this instead of reading the version's row again.
 */
@ApplicationScoped
class QuestionContents {

    private final EntityManager em;
    private final Cache<Long, QuestionContent> contents = Caffeine.newBuilder().maximumSize(5_000).build();

    QuestionContents(EntityManager em) {
        this.em = em;
    }

    /** The version's content in its own language, or empty when there is no such version. */
    Optional<QuestionContent> of(long versionId) {
        QuestionContent cached = contents.getIfPresent(versionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        QuestionVersion v = em.find(QuestionVersion.class, versionId);
        if (v == null) {
            return Optional.empty();
        }
        QuestionContent content = v.content();
        em.detach(v);
        contents.put(versionId, content);
        return Optional.of(content);
    }
}
