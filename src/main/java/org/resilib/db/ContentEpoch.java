package org.resilib.db;

import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import java.util.OptionalLong;

/**
 * The content epoch as a request uses it: from the change feed when it is live (no statement), else read from the
 * database, at most once per request. What is kept in memory under the epoch (published courses, the banner's
 * emergency and notices, the e-resource directory) is never used past a change, on any instance, and one request
 * sees one epoch.
 */
@ApplicationScoped
public class ContentEpoch {

    /** The epoch a request has read. */
    @RequestScoped
    static class SeenInRequest {
        private Long epoch;

        // Methods, not field access: the injected reference is a client proxy.
        Long get() {
            return epoch;
        }

        void set(long value) {
            epoch = value;
        }
    }

    private final ChangeFeed changes;
    private final EntityManager em;
    private final SeenInRequest seen;

    ContentEpoch(ChangeFeed changes, EntityManager em, SeenInRequest seen) {
        this.changes = changes;
        this.em = em;
        this.seen = seen;
    }

    public long current() {
        OptionalLong known = changes.contentEpoch();
        if (known.isPresent()) {
            return known.getAsLong();
        }
        boolean inRequest = Arc.container().requestContext().isActive();
        if (inRequest && seen.get() != null) {
            return seen.get();
        }
        long read = ((Number) em.createNativeQuery("select version from content_epoch").getSingleResult()).longValue();
        if (inRequest) {
            seen.set(read);
        }
        return read;
    }
}
