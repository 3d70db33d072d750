package org.resilib.people.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.resilib.db.ChangeFeed;
import org.resilib.people.Account;
import org.resilib.people.PersonChanges;

/**
 * The accounts of people signed in, kept in memory so that a signed-in request needs no statement (nor a worker
 * thread) to know who is asking: the session cookie names the person and the session version, and the account
 * (roles, name, zone, whether active) comes from here.
 *
 * <p>Only used while the change feed is live, and never past a change: every change to a person or their roles is
 * announced on {@link PersonChanges#CHANNEL} by database triggers and drops the person's entry on every instance (on
 * this one right after the commit, see {@link PersonChanges#changed}); when notifications may have been lost (the
 * feed reconnects) everything is dropped. A load that was under way when a change arrived is not kept, since it may
 * have read the row before the change (each load notes the generation it started in, every change starts a new one).
 * Deactivated people, and cookies of an older session version, never match an entry, so a password change, sign-out
 * everywhere or deactivation takes effect on the next request on this instance and within milliseconds on the others.
 */
@ApplicationScoped
public class SignedInAccounts implements ChangeFeed.Subscriber {

    /** Entries kept at most: enough for the people active at once on a large campus, a few MB. */
    static final int CAPACITY = 20_000;

    /** A safety net only: the notifications are what keep entries current. */
    static final Duration LIFETIME = Duration.ofMinutes(30);

    /** An account and the security identity made from it. */
    record Entry(Account account, SecurityIdentity identity) {
    }

    private final Cache<Long, Entry> entries = Caffeine.newBuilder().maximumSize(CAPACITY)
            .expireAfterWrite(LIFETIME).build();
    private final Cache<AccountService.SsoClaims, Entry> byClaims = Caffeine.newBuilder().maximumSize(CAPACITY)
            .expireAfterWrite(LIFETIME).build();
    private final AtomicLong generation = new AtomicLong();
    private final ChangeFeed feed;

    SignedInAccounts(ChangeFeed feed) {
        this.feed = feed;
    }

    /** The identity of the person with this id and session version, when it is known in memory; never blocks. */
    public Optional<SecurityIdentity> known(long personId, int sessionVersion) {
        return entry(personId).filter(e -> e.account().sessionVersion() == sessionVersion).map(Entry::identity);
    }

    /** The entry for a person when it may be used: the feed is live and nothing changed the person since. */
    Optional<Entry> entry(long personId) {
        if (!feed.isLive()) {
            return Optional.empty();
        }
        return Optional.ofNullable(entries.getIfPresent(personId));
    }

    /**
     * Loads the active person's account with {@code load} (blocking: a statement or a transaction) and keeps it when
     * nothing changed meanwhile. Empty (and nothing kept) when the person is unknown or inactive.
     */
    Optional<Entry> load(long personId, Supplier<Optional<Account>> load) {
        long started = generation.get();
        boolean live = feed.isLive();
        Optional<Entry> loaded = load.get().map(a -> new Entry(a, LocalIdentityProviders.identity(a)));
        if (live && loaded.isPresent() && loaded.get().account().id() == personId) {
            Entry e = loaded.get();
            entries.put(personId, e);
            // A change that arrived while loading (or the feed going down) may be newer than what was read.
            if (generation.get() != started || !feed.isLive()) {
                entries.asMap().remove(personId, e);
            }
        }
        return loaded;
    }

    /**
     * The account of the person an identity provider vouches for with these claims, when it was provisioned from
     * exactly these claims and nothing changed the person since (so provisioning again would change nothing).
     */
    public Optional<Account> provisioned(AccountService.SsoClaims claims) {
        Entry e = byClaims.getIfPresent(claims);
        if (e == null) {
            return Optional.empty();
        }
        return entry(e.account().id()).filter(current -> current == e).map(Entry::account);
    }

    /** Provisions with {@code provision} (blocking: a transaction) and remembers the claims it was made from. */
    public Account provision(AccountService.SsoClaims claims, Supplier<Account> provision) {
        long started = generation.get();
        boolean live = feed.isLive();
        Account a = provision.get();
        if (live) {
            Entry e = new Entry(a, LocalIdentityProviders.identity(a));
            entries.put(a.id(), e);
            byClaims.put(claims, e);
            // Provisioning that changed the person announces it at its commit: the next request provisions again
            // and, finding nothing to change, is remembered then.
            if (generation.get() != started || !feed.isLive()) {
                entries.asMap().remove(a.id(), e);
                byClaims.asMap().remove(claims, e);
            }
        }
        return a;
    }

    @Override
    public String channel() {
        return PersonChanges.CHANNEL;
    }

    @Override
    public void notified(String payload) {
        generation.incrementAndGet();
        if (PersonChanges.EVERYONE.equals(payload)) {
            entries.invalidateAll();
            byClaims.invalidateAll();
            return;
        }
        try {
            entries.invalidate(Long.parseLong(payload.strip()));
        } catch (NumberFormatException e) {
            entries.invalidateAll();
        }
    }

    @Override
    public void missed() {
        generation.incrementAndGet();
        entries.invalidateAll();
        byClaims.invalidateAll();
    }

    /** How many accounts are kept (for tests). */
    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }
}
