package org.resilib.content.reload;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.Messages;
import org.resilib.web.RequestLocale;

@Path("/api/v1/admin/content")
@Produces(MediaType.APPLICATION_JSON)
public class ContentApi {

    private final ContentLoader loader;
    private final Viewer viewer;
    private final Messages messages;
    private final RequestLocale locale;

    ContentApi(ContentLoader loader, Viewer viewer, Messages messages, RequestLocale locale) {
        this.loader = loader;
        this.viewer = viewer;
        this.messages = messages;
        this.locale = locale;
    }

    public record Rejection(String path, int line, String code, String detail, String message) {
    }

    public record ReloadResponse(Instant at, List<String> loaded, List<String> updated, List<String> unchanged,
            List<String> archived, List<Rejection> rejected) {
    }

    @POST
    @Path("/reload")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Reload content/: returns the courses loaded, updated, unchanged and archived, and the files rejected")
    public ReloadResponse reload() {
        ReloadResult r = loader.reload(viewer.getEmail());
        List<Rejection> rejected = r.rejected().stream().map(p -> new Rejection(p.path(), p.line(), p.code(),
                p.detail(), messages.get("content_error_" + p.code(), locale.get()))).toList();
        return new ReloadResponse(r.at(), r.loaded(), r.updated(), r.unchanged(), r.archived(), rejected);
    }
}
