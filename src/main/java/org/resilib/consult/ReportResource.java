package org.resilib.consult;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.identity.Role;

/**
 * The consultation report: statistics for the desk, and the hot topics the guide's editors follow to update the
 * guide ("咨询热点及时反馈"). Over 4 to 52 weeks, 12 by default.
 */
@Path("/consult/report")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class ReportResource {

    public record ReportPage(ConsultReport.Report report, List<String> categoryKeys, String firstResponse,
            String answer) {
    }

    @CheckedTemplate(basePath = "consult")
    static class Templates {
        static native TemplateInstance report(ReportPage page);
    }

    private final ConsultReport reports;

    ReportResource(ConsultReport reports) {
        this.reports = reports;
    }

    @GET
    public TemplateInstance report(@RestQuery Integer weeks) {
        int span = weeks == null ? 12 : Math.max(4, Math.min(52, weeks));
        ConsultReport.Report r = reports.of(span, Instant.now());
        return Templates.report(new ReportPage(r, Arrays.stream(Category.values()).map(Category::messageKey)
                .toList(), hours(r.medianFirstResponse()), hours(r.medianAnswer())));
    }

    /** A duration as hours and minutes, e.g. 3:05; a dash for none. */
    static String hours(Duration d) {
        if (d == null) {
            return "—";
        }
        long minutes = d.toMinutes();
        return minutes / 60 + ":" + String.format("%02d", minutes % 60);
    }
}
