package org.resilib.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.QueryNumbers;

/** The audit log for admins: newest first, filtered by action, actor and dates (in the admin's zone), 50 a page. */
@Path("/admin/audit")
@RolesAllowed(Role.ADMIN_NAME)
public class AuditResource {

    static final int PAGE = 50;

    private final AuditLog audit;
    private final Viewer viewer;

    AuditResource(AuditLog audit, Viewer viewer) {
        this.audit = audit;
        this.viewer = viewer;
    }

    /** An action in the filter's list: its key and the bundle key of its name. */
    public record ActionOption(String key, String label) {
    }

    public record Page(List<AuditEntries.Entry> entries, List<ActionOption> actions, String action, String actor, String from,
            String to, int page, boolean more, String query) {
        public int previousPage() {
            return page - 1;
        }

        public int nextPage() {
            return page + 1;
        }
    }

    @CheckedTemplate(basePath = "audit")
    static class Templates {
        static native TemplateInstance log(Page page);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@RestQuery String action, @RestQuery String actor, @RestQuery String from,
            @RestQuery String to, @RestQuery String page) {
        AuditLog.Filter filter = filter(viewer, action, actor, from, to);
        int p = pageNumber(page);
        List<AuditLog.Event> events = audit.search(filter, (p - 1) * PAGE, PAGE);
        boolean more = events.size() > PAGE;
        StringBuilder q = new StringBuilder();
        append(q, "action", filter.action());
        append(q, "actor", filter.actor());
        append(q, "from", blank(from) ? null : from.strip());
        append(q, "to", blank(to) ? null : to.strip());
        return Templates.log(new Page(audit.entries(more ? events.subList(0, PAGE) : events),
                actions().stream().map(k -> new ActionOption(k, "audit_" + k)).toList(), filter.action(),
                filter.actor() == null ? "" : filter.actor(), blank(from) ? "" : from.strip(), blank(to) ? "" : to.strip(),
                p, more, q.toString()));
    }

    static AuditLog.Filter filter(Viewer viewer, String action, String actor, String from, String to) {
        String a = blank(action) ? null : action.strip();
        if (a != null && !actions().contains(a)) {
            throw DomainException.badRequest("action", "invalid_input");
        }
        String who = blank(actor) ? null : actor.strip();
        if (who != null && who.length() > 254) {
            throw DomainException.badRequest("actor", "too_long");
        }
        return new AuditLog.Filter(a, who, day(viewer, from, "from", 0), day(viewer, to, "to", 1));
    }

    private static Instant day(Viewer viewer, String value, String field, int plusDays) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip()).plusDays(plusDays).atStartOfDay(viewer.getZone()).toInstant();
        } catch (DateTimeException e) {
            throw DomainException.badRequest(field, "date_invalid");
        }
    }

    static int pageNumber(String page) {
        return QueryNumbers.positive("page", page, 1, 100000);
    }

    static List<String> actions() {
        return Arrays.stream(AuditLog.Action.values()).map(AuditLog.Action::key).toList();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null) {
            q.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
