package org.resilib.guide.resource;

import jakarta.enterprise.context.RequestScoped;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.resilib.guide.NoticeAudience;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;

/** What the directory's pages and API share for a request: reading the filters, and who sees vendor accounts. */
@RequestScoped
public class ResourceViews {

    static final Set<String> FLAGS = Set.of("trial", "free", "temporary", "new");

    private final Viewer viewer;

    ResourceViews(Viewer viewer) {
        this.viewer = viewer;
    }

    /** The filters as given; an unknown access method, flag or letter is a 400 naming it. */
    public ResourceDirectory.Filter filter(String q, String subject, String access, String flag, String letter) {
        AccessMethod method = blank(access) ? null : AccessMethod.fromKey(access.strip())
                .orElseThrow(() -> DomainException.badRequest("access", "guide_error_access"));
        if (!blank(flag) && !FLAGS.contains(flag.strip())) {
            throw DomainException.badRequest("flag", "guide_error_flag");
        }
        String l = blank(letter) ? null : letter.strip().toUpperCase(Locale.ROOT);
        if (l != null && !l.matches("[A-Z#]")) {
            throw DomainException.badRequest("letter", "guide_error_letter");
        }
        if (q != null && q.length() > 100) {
            throw DomainException.badRequest("q", "guide_error_too_long");
        }
        return new ResourceDirectory.Filter(blank(q) ? null : q.strip(), blank(subject) ? null : subject.strip(),
                method, blank(flag) ? null : flag.strip(), l);
    }

    /**
     * Whether the viewer may read the resource's temporary account instructions: signed in and of its audience
     * while the account lasts (editors always, to keep them).
     */
    public boolean noteFor(EResource r) {
        if (r.temporaryNote().isEmpty()) {
            return false;
        }
        if (viewer.isEditor()) {
            return true;
        }
        boolean lasts = r.temporaryUntil() == null || !r.temporaryUntil().isBefore(ResourceDirectory.today());
        NoticeAudience audience = NoticeAudience.fromKey(r.temporaryAudience()).orElse(NoticeAudience.MEMBERS);
        return lasts && viewer.isSignedIn() && audience != NoticeAudience.EVERYONE && audience.includes(viewer);
    }

    /** The resource without its temporary account's instructions. */
    public EResource withoutNote(EResource r) {
        return new EResource(r.id(), r.slug(), r.name(), r.description(), r.url(), r.kind(), r.vendor(),
                r.subjects(), r.access(), r.accessTemplate(), r.trialUntil(), r.freeUntil(), r.temporaryUntil(),
                Map.of(), r.temporaryAudience(), r.newUntil());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
