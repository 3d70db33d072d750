package org.resilib.consult;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.FormErrors;

/** The desk's saved replies, kept by librarians. Its own class path, since {@code /desk} is {@link DeskResource}'s. */
@Path("/desk/replies")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
public class SavedReplyResource {

    /** What the form posted, to show again with its errors. */
    public record SavedForm(String title, String body, String language) {
    }

    public record RepliesPage(List<SavedReplies.Saved> replies, SavedForm form, FormErrors errors) {
    }

    @CheckedTemplate(basePath = "consult")
    static class Templates {
        static native TemplateInstance replies(RepliesPage page);
    }

    private final SavedReplies saved;
    private final Viewer viewer;

    SavedReplyResource(SavedReplies saved, Viewer viewer) {
        this.saved = saved;
        this.viewer = viewer;
    }

    @GET
    public TemplateInstance page() {
        return Templates.replies(new RepliesPage(saved.all(), new SavedForm("", "", "zh-CN"), FormErrors.none()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String title, @RestForm String body, @RestForm String language) {
        try {
            saved.add(title, body, language, viewer.requireId());
        } catch (DomainException e) {
            return Response.status(e.status()).entity(Templates.replies(new RepliesPage(saved.all(),
                    new SavedForm(title, body, language), FormErrors.of(e)))).build();
        }
        return Response.seeOther(URI.create("/desk/replies")).build();
    }

    @POST
    @Path("{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestPath long id) {
        saved.remove(id);
        return Response.seeOther(URI.create("/desk/replies")).build();
    }
}
