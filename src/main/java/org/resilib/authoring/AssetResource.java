package org.resilib.authoring;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.identity.Viewer;

/**
 * Serves a course's uploaded files to whoever may see the course (its authors too, before publication), with the
 * content type recognised at upload, never sniffed, and sandboxed so that a file cannot run script on this site.
 */
@Path("/courses/{slug}/assets")
public class AssetResource {

    private final AssetService assets;
    private final Viewer viewer;

    AssetResource(AssetService assets, Viewer viewer) {
        this.assets = assets;
        this.viewer = viewer;
    }

    @GET
    @Path("{id}/{name}")
    @PermitAll
    public Response file(@RestPath String slug, @RestPath long id, @RestPath String name) {
        AssetService.Download d = assets.download(slug, id, viewer);
        String encoded = URLEncoder.encode(d.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        boolean inline = d.image() || d.contentType().equals("application/pdf");
        return Response.ok(d.data(), d.contentType())
                .header("Content-Disposition", (inline ? "inline" : "attachment") + "; filename*=UTF-8''" + encoded)
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'")
                .header("Cache-Control", "private, max-age=3600")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
