package org.resilib.guide;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Context;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import org.resilib.identity.Viewer;
import org.resilib.web.RequestLocale;
import org.resilib.web.SiteBanner;

/**
 * The banner above every page, as {@code inject:banner} in the layout: the declared emergency with the way to the
 * guide, then the current critical notices for the viewer that they have not dismissed, and on the entry pages (the
 * catalogue, the guide, the notices) the important ones too. Made from memory ({@link GuideState},
 * {@link NoticeDismissals}); where the request runs on an I/O thread (an error page there) only from what was last
 * loaded, and never failing the page it is on.
 */
@RequestScoped
@Named("banner")
public class GuideBanner implements SiteBanner {

    private static final Logger LOG = Logger.getLogger(GuideBanner.class);
    /** The banner shows at most this many notices; the rest are a link away. */
    static final int MAX_NOTICES = 3;

    /** One notice as the banner shows it. */
    public record Shown(long id, String title, String titleLanguage, String severity, boolean dismissible) {

        public String severityKey() {
            return "guide_severity_" + severity;
        }
    }

    /** What the banner shows, as a key of kept renders. */
    record State(long emergency, List<Long> notices) {
    }

    private final GuideState state;
    private final NoticeDismissals dismissals;
    private final Viewer viewer;
    private final RequestLocale locale;
    private final CurrentVertxRequest request;

    private DeclaredEmergency emergency;
    private List<Shown> notices;
    private boolean more;
    private boolean made;

    GuideBanner(GuideState state, NoticeDismissals dismissals, Viewer viewer, RequestLocale locale,
            CurrentVertxRequest request) {
        this.state = state;
        this.dismissals = dismissals;
        this.viewer = viewer;
        this.locale = locale;
        this.request = request;
    }

    public DeclaredEmergency getEmergency() {
        make();
        return emergency;
    }

    public String getTitle() {
        return getEmergency() == null ? "" : emergency.title(locale.get());
    }

    public String getMessage() {
        return getEmergency() == null ? "" : emergency.message(locale.get());
    }

    public List<Shown> getNotices() {
        make();
        return notices;
    }

    /** Whether there are more current notices than the banner shows. */
    public boolean isMore() {
        make();
        return more;
    }

    @Override
    public Object shown() {
        make();
        return new State(emergency == null ? 0 : emergency.id(), notices.stream().map(Shown::id).toList());
    }

    private void make() {
        if (made) {
            return;
        }
        made = true;
        emergency = null;
        notices = List.of();
        try {
            Instant now = Instant.now();
            boolean blocking = !Context.isOnEventLoopThread();
            GuideState.Snapshot s = blocking ? null : state.peek();
            emergency = (blocking ? state.showing(now) : s.open().filter(e -> e.showing(now))).orElse(null);
            List<PostedNotice> current = blocking ? state.current(now)
                    : s.notices().stream().filter(n -> n.current(now)).toList();
            boolean entry = entryPage();
            List<PostedNotice> forViewer = current.stream().filter(n -> n.audience().includes(viewer))
                    .filter(n -> n.severity() == Severity.CRITICAL || n.severity() == Severity.IMPORTANT && entry)
                    .toList();
            Set<Long> dismissed = forViewer.stream().anyMatch(n -> n.severity() == Severity.CRITICAL)
                    ? dismissed(blocking) : Set.of();
            List<PostedNotice> shown = forViewer.stream()
                    .filter(n -> n.severity() != Severity.CRITICAL || !dismissed.contains(n.id())).toList();
            Locale language = locale.get();
            notices = shown.stream().limit(MAX_NOTICES).map(n -> new Shown(n.id(), n.title(language),
                    n.titleLanguage(language), n.severity().key(), n.severity() == Severity.CRITICAL)).toList();
            more = shown.size() > MAX_NOTICES;
        } catch (RuntimeException e) {
            LOG.debug("The banner is left out of this page", e);
        }
    }

    private Set<Long> dismissed(boolean blocking) {
        if (viewer.isSignedIn()) {
            return blocking ? dismissals.byPerson(viewer.requireId()) : Set.of();
        }
        return NoticeDismissals.fromCookie(http().map(r -> r.getCookie(NoticeDismissals.COOKIE)).orElse(null));
    }

    private boolean entryPage() {
        String path = http().map(HttpServerRequest::path).orElse("");
        return path.equals("/") || path.equals("/guide") || path.startsWith("/guides/") || path.equals("/notices");
    }

    private Optional<HttpServerRequest> http() {
        return Optional.ofNullable(request.getCurrent()).map(rc -> rc.request());
    }
}
