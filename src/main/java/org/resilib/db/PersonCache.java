package org.resilib.db;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Something read about each person (their progress, what they answered), kept in memory and dropped exactly when a
 * notification on its channel names the person: the owner's database triggers announce every change on the channel
 * with the person's id as payload ({@code *} for everyone), on every instance, and the owner hands this instance's
 * own changes to {@link ChangeFeed#afterCommit} so that its next request sees them at once.
 *
 * <p>Only used while the change feed is live: otherwise every call loads. A load that was under way when a change
 * arrived is not kept, since it may have read the rows before the change (each load notes the generation it started
 * in; every notification starts a new one). When notifications may have been lost, everything is dropped. Bounded by
 * the number of people kept and by a lifetime that is only a safety net.
 *
 * @param <V> what is kept per person (immutable)
 */
public final class PersonCache<V> implements ChangeFeed.Subscriber {

    private final String channel;
    private final ChangeFeed feed;
    private final Cache<Long, V> entries;
    private final AtomicLong generation = new AtomicLong();

    public PersonCache(String channel, ChangeFeed feed, int capacity, Duration lifetime) {
        this.channel = channel;
        this.feed = feed;
        this.entries = Caffeine.newBuilder().maximumSize(capacity).expireAfterWrite(lifetime).build();
    }

    /** The person's entry, loaded with {@code load} (blocking: statements) when it is not kept or may not be used. */
    public V get(long personId, Supplier<V> load) {
        if (!feed.isLive()) {
            return load.get();
        }
        V kept = entries.getIfPresent(personId);
        if (kept != null) {
            return kept;
        }
        long started = generation.get();
        V loaded = load.get();
        entries.put(personId, loaded);
        // A change that arrived while loading (or the feed going down) may be newer than what was read.
        if (generation.get() != started || !feed.isLive()) {
            entries.asMap().remove(personId, loaded);
        }
        return loaded;
    }

    @Override
    public String channel() {
        return channel;
    }

    @Override
    public void notified(String payload) {
        generation.incrementAndGet();
        try {
            entries.invalidate(Long.parseLong(payload.strip()));
        } catch (NumberFormatException everyone) {
            entries.invalidateAll();
        }
    }

    @Override
    public void missed() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    /** How many people are kept (for tests). */
    public long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
