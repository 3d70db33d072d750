package org.resilib.guide.resource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import org.resilib.config.ResilibConfig;
import org.resilib.db.ContentEpoch;
import org.resilib.settings.SiteSettings;
import org.resilib.time.Zones;

/**
 * The e-resource directory and the library's off-campus link templates, from memory under the content epoch (the
 * triggers on resources and site settings bump it, V32); filtering and the dates' flags are decided per request,
 * so an expired trial leaves the list on its own.
 */
@ApplicationScoped
public class ResourceDirectory {

    static final String PROXY_SETTING = "guide.proxy-template";
    static final String WEBVPN_SETTING = "guide.webvpn-host";
    static final String CARSI_SETTING = "guide.carsi-template";
    private static final TypeReference<Map<String, String>> TEXTS = new TypeReference<>() {
    };

    /** What the reader asked for; any part may be null. */
    public record Filter(String q, String subject, AccessMethod access, String flag, String letter) {
    }

    record Snapshot(long epoch, List<EResource> all, OffCampusLink.Templates templates) {
    }

    private final EntityManager em;
    private final ObjectMapper json;
    private final ContentEpoch epochs;
    private final SiteSettings settings;
    private final ResilibConfig.Guide defaults;
    private final ReentrantLock loading = new ReentrantLock();
    private volatile Snapshot snapshot;

    ResourceDirectory(EntityManager em, ObjectMapper json, ContentEpoch epochs, SiteSettings settings,
            ResilibConfig config) {
        this.em = em;
        this.json = json;
        this.epochs = epochs;
        this.settings = settings;
        this.defaults = config.guide();
    }

    /** Today where the library is (the flags' dates are its days). */
    public static LocalDate today() {
        return LocalDate.now(Zones.DEFAULT);
    }

    /** The resources listed today that match, by name in the reader's language. */
    public List<EResource> find(Filter f, Locale locale) {
        LocalDate today = today();
        String q = f.q() == null || f.q().isBlank() ? null : f.q().strip().toLowerCase(Locale.ROOT);
        return fresh().all().stream().filter(r -> r.listed(today))
                .filter(r -> f.access() == null || r.access() == f.access())
                .filter(r -> f.subject() == null || r.subjects().contains(f.subject()))
                .filter(r -> f.flag() == null || r.flags(today).contains(f.flag()))
                .filter(r -> f.letter() == null || r.letter().equals(f.letter()))
                .filter(r -> q == null || searchText(r).contains(q))
                .sorted(Comparator.comparing((EResource r) -> r.name(locale).toLowerCase(Locale.ROOT))
                        .thenComparing(EResource::slug))
                .toList();
    }

    /** Every resource, expired trials too (for exports and editors). */
    public List<EResource> all() {
        return fresh().all();
    }

    public Optional<EResource> byId(long id) {
        return fresh().all().stream().filter(r -> r.id() == id).findFirst();
    }

    /** The subjects in use, in order. */
    public List<String> subjects() {
        TreeSet<String> out = new TreeSet<>();
        LocalDate today = today();
        fresh().all().stream().filter(r -> r.listed(today)).forEach(r -> out.addAll(r.subjects()));
        return List.copyOf(out);
    }

    /** The library's templates: the site settings where set, else the environment's defaults. */
    public OffCampusLink.Templates templates() {
        return fresh().templates();
    }

    /** The address to use off campus for this resource, or null. */
    public String offCampusUrl(EResource r) {
        return OffCampusLink.of(r.url(), r.access(), r.accessTemplate(), templates());
    }

    private static String searchText(EResource r) {
        return (String.join(" ", r.name().values()) + " " + String.join(" ", r.description().values()) + " "
                + (r.vendor() == null ? "" : r.vendor()) + " " + String.join(" ", r.subjects()))
                .toLowerCase(Locale.ROOT);
    }

    private Snapshot fresh() {
        long epoch = epochs.current();
        Snapshot s = snapshot;
        if (s != null && s.epoch() == epoch) {
            return s;
        }
        loading.lock();
        try {
            s = snapshot;
            if (s != null && s.epoch() == epoch) {
                return s;
            }
            Snapshot loaded = new Snapshot(epoch, load(), loadTemplates());
            snapshot = loaded;
            return loaded;
        } finally {
            loading.unlock();
        }
    }

    private OffCampusLink.Templates loadTemplates() {
        Map<String, String> set = settings.withPrefix("guide.");
        return new OffCampusLink.Templates(set.getOrDefault(PROXY_SETTING, defaults.proxyTemplate().orElse(null)),
                set.getOrDefault(WEBVPN_SETTING, defaults.webvpnHost().orElse(null)), defaults.webvpnKey(),
                set.getOrDefault(CARSI_SETTING, defaults.carsiTemplate().orElse(null)));
    }

    static final String COLUMNS = "id, slug, cast(name as text), cast(description as text), url, kind, vendor,"
            + " array_to_string(subjects, chr(31)), access, access_template, trial_until, free_until,"
            + " temporary_until, cast(temporary_note as text), temporary_audience, new_until";

    private List<EResource> load() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from e_resource order by id")
                .getResultList();
        return rows.stream().map(this::resource).toList();
    }

    EResource resource(Object[] r) {
        String subjects = (String) r[7];
        return new EResource(((Number) r[0]).longValue(), (String) r[1], texts(r[2]), texts(r[3]), (String) r[4],
                (String) r[5], (String) r[6], subjects == null || subjects.isEmpty() ? List.of()
                        : Arrays.asList(subjects.split("\u001f")),
                AccessMethod.fromKey((String) r[8]).orElse(AccessMethod.IP), (String) r[9], date(r[10]),
                date(r[11]), date(r[12]), r[13] == null ? Map.of() : texts(r[13]), (String) r[14], date(r[15]));
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }

    private Map<String, String> texts(Object value) {
        try {
            return value == null ? Map.of() : json.readValue((String) value, TEXTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable texts in the directory", e);
        }
    }
}
