package org.resilib.guide.resource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import org.resilib.config.ResilibConfig;
import org.resilib.db.SqlTimes;

/**
 * Checks each resource's address now and then and records what it answered, so librarians see broken links before
 * readers do. Resources due for a check are claimed in a short transaction ({@code FOR UPDATE SKIP LOCKED}, their
 * check time set), so several instances never check one twice; the requests are made outside any transaction,
 * politely: one request at a time per host, a few hosts at once, each with a timeout, redirects followed by hand up
 * to {@link #MAX_REDIRECTS} with loops recognised.
 */
@ApplicationScoped
public class LinkChecker {

    private static final Logger LOG = Logger.getLogger(LinkChecker.class);
    static final int MAX_REDIRECTS = 5;
    static final int BATCH = 100;

    /** What one address answered: the final status, or the error that kept it from answering. */
    record Outcome(Integer status, String error) {
        boolean broken() {
            return error != null || status == null || status >= 400;
        }
    }

    private final EntityManager em;
    private final Duration recheck;
    private final Duration timeout;
    private final int hosts;
    private final HttpClient http;
    private final AtomicBoolean running = new AtomicBoolean();

    LinkChecker(EntityManager em, ResilibConfig config) {
        this.em = em;
        this.recheck = config.guide().linkRecheck();
        this.timeout = config.guide().linkTimeout();
        this.hosts = config.guide().linkHosts();
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(timeout)
                .build();
    }

    @Scheduled(every = "${resilib.guide.link-check:30m}", delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        checkDue();
    }

    /** Checks every resource due; returns how many were checked (for tests). */
    public int checkDue() {
        if (!running.compareAndSet(false, true)) {
            return 0;
        }
        try {
            int checked = 0;
            List<Object[]> claimed;
            while (!(claimed = claim()).isEmpty()) {
                checked += check(claimed);
            }
            return checked;
        } finally {
            running.set(false);
        }
    }

    /** Claims up to {@link #BATCH} resources due for a check, marking them checked now. */
    private List<Object[]> claim() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> due = em.createNativeQuery("select r.id, r.url from e_resource r left join e_resource_link l"
                    + " on l.resource_id = r.id where l.checked_at is null or l.checked_at < now() - make_interval(secs"
                    + " => ?1) order by l.checked_at nulls first, r.id limit ?2 for update of r skip locked")
                    .setParameter(1, recheck.toSeconds()).setParameter(2, BATCH).getResultList();
            for (Object[] r : due) {
                em.createNativeQuery("insert into e_resource_link (resource_id, checked_at) values (?1, now())"
                        + " on conflict (resource_id) do update set checked_at = now()").setParameter(1, r[0])
                        .executeUpdate();
            }
            return due;
        });
    }

    private int check(List<Object[]> claimed) {
        Map<String, List<Object[]>> byHost = new LinkedHashMap<>();
        for (Object[] r : claimed) {
            String host = URI.create(((String) r[1]).strip()).getHost();
            byHost.computeIfAbsent(host == null ? "" : host.toLowerCase(Locale.ROOT), h -> new ArrayList<>()).add(r);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(hosts, byHost.size())));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (List<Object[]> sameHost : byHost.values()) {
                running.add(pool.submit(() -> sameHost.forEach(r -> record(((Number) r[0]).longValue(),
                        fetch((String) r[1])))));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (Exception e) {
                    LOG.warn("A link check failed", e);
                }
            }
        } finally {
            pool.shutdown();
        }
        return claimed.size();
    }

    /** Requests the address, following redirects by hand. */
    Outcome fetch(String url) {
        Set<String> seen = new HashSet<>();
        URI at;
        try {
            at = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            return new Outcome(null, "invalid address");
        }
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            if (!seen.add(at.toString())) {
                return new Outcome(null, "redirect loop");
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(at).timeout(timeout).GET()
                        .header("User-Agent", "Resilib link checker (library e-resource directory)").build(),
                        HttpResponse.BodyHandlers.discarding());
                int status = r.statusCode();
                if (status >= 300 && status < 400 && r.headers().firstValue("Location").isPresent()) {
                    at = at.resolve(r.headers().firstValue("Location").get());
                    continue;
                }
                return new Outcome(status, null);
            } catch (HttpTimeoutException e) {
                return new Outcome(null, "timeout");
            } catch (IOException | IllegalArgumentException e) {
                return new Outcome(null, e.getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Outcome(null, "interrupted");
            }
        }
        return new Outcome(null, "too many redirects");
    }

    private void record(long id, Outcome o) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update e_resource_link set status = ?2,"
                + " error = ?3, checked_at = now(), broken_since = case when ?4 then coalesce(broken_since, now())"
                + " end where resource_id = ?1").setParameter(1, id).setParameter(2, o.status())
                .setParameter(3, o.error()).setParameter(4, o.broken()).executeUpdate());
    }

    /** A broken link as librarians see it. */
    public record Broken(long id, String slug, String url, Integer status, String error, Instant checkedAt,
            Instant brokenSince) {
    }

    /** The resources whose address failed at its last check, the longest broken first. */
    public List<Broken> broken() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("select r.id, r.slug, r.url, l.status, l.error, l.checked_at,"
                    + " l.broken_since from e_resource_link l join e_resource r on r.id = l.resource_id where"
                    + " l.broken_since is not null order by l.broken_since, r.slug").getResultList();
            return rows.stream().map(r -> new Broken(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                    r[3] == null ? null : ((Number) r[3]).intValue(), (String) r[4],
                    SqlTimes.instant(r[5]), SqlTimes.instant(r[6]))).toList();
        });
    }
}
