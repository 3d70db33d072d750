package org.resilib.settings;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.resilib.config.ResilibConfig;

/** The admin's start page, linking to each administrative area. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed("admin")
public class AdminHomeResource {

    private final ResilibConfig config;

    AdminHomeResource(ResilibConfig config) {
        this.config = config;
    }

    @CheckedTemplate(basePath = "settings")
    static class Templates {
        static native TemplateInstance home(String localBaseUrl);
    }

    /** Warns while the public address is still a local one: mails and calendar entries carry it to people. */
    @GET
    public TemplateInstance home() {
        return Templates.home(isLocal(config.baseUrl()) ? config.baseUrl() : null);
    }

    static boolean isLocal(String baseUrl) {
        String host;
        try {
            host = URI.create(baseUrl.strip()).getHost();
        } catch (IllegalArgumentException e) {
            return true;
        }
        return host == null || host.equalsIgnoreCase("localhost") || host.startsWith("127.") || host.equals("[::1]")
                || host.equals("::1") || host.equals("0.0.0.0") || host.endsWith(".local");
    }
}
