package org.resilib.guide;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.resilib.config.ResilibConfig;
import org.resilib.identity.Viewer;
import org.resilib.web.RequestLocale;

/**
 * The library's service status for its portal and WeChat account: normal or emergency, what is affected, the way to
 * the guide and the current notices for the caller (for visitors, those for everyone).
 */
@Path("/api/v1/status")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class StatusApi {

    private final GuideState state;
    private final Viewer viewer;
    private final RequestLocale locale;
    private final String baseUrl;

    StatusApi(GuideState state, Viewer viewer, RequestLocale locale, ResilibConfig config) {
        this.state = state;
        this.viewer = viewer;
        this.locale = locale;
        this.baseUrl = ResilibConfig.withoutTrailingSlash(config.baseUrl());
    }

    /** Texts in the caller's language (title, message) beside every language's ({@code translations}). */
    public record EmergencyStatus(long id, String title, String message, Map<String, Map<String, String>> translations,
            Instant startsAt, Instant expectedEndAt, List<String> affected) {
    }

    public record NoticeStatus(long id, String title, String severity, Instant publishedAt, Instant expiresAt,
            String url) {
    }

    public record Status(String mode, EmergencyStatus emergency, String guideUrl, List<NoticeStatus> notices) {
    }

    @GET
    @Operation(summary = "Service status: normal or emergency, with the current notices for the caller")
    public Status status() {
        Instant now = Instant.now();
        Locale language = locale.get();
        EmergencyStatus emergency = state.showing(now).map(e -> new EmergencyStatus(e.id(), e.title(language),
                e.message(language), Map.of("title", e.title(), "message", e.message()), e.startsAt(),
                e.expectedEndAt(), e.affected())).orElse(null);
        List<NoticeStatus> notices = state.current(now).stream().filter(n -> n.audience().includes(viewer))
                .map(n -> new NoticeStatus(n.id(), n.title(language), n.severity().key(), n.publishAt(),
                        n.expiresAt(), baseUrl + "/notices/" + n.id())).toList();
        return new Status(emergency == null ? "normal" : "emergency", emergency, baseUrl + "/guide", notices);
    }
}
