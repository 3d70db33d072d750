package org.resilib.consult;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
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
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.RequestLocale;

/** The searchable FAQ for everyone, and (librarians) turning an answered question into an entry. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class FaqResource {

    private final Faq faq;
    private final Viewer viewer;
    private final RequestLocale locale;

    FaqResource(Faq faq, Viewer viewer, RequestLocale locale) {
        this.faq = faq;
        this.viewer = viewer;
        this.locale = locale;
    }

    /** An entry in the reader's language. */
    public record Shown(long id, String question, String answer, String categoryKey) {
    }

    public record FaqPage(String q, List<Shown> entries, boolean librarian) {
    }

    @CheckedTemplate(basePath = "consult")
    static class Templates {
        static native TemplateInstance faq(FaqPage page);
    }

    @GET
    @Path("faq")
    @PermitAll
    public TemplateInstance page(@RestQuery String q) {
        Locale language = locale.get();
        String query = q == null ? "" : q.strip();
        return Templates.faq(new FaqPage(query, faq.search(query).stream().map(e -> new Shown(e.id(),
                e.question(language), e.answer(language), e.category().messageKey())).toList(),
                viewer.isLibrarian()));
    }

    @POST
    @Path("faq/{id}/delete")
    @RolesAllowed({Role.LIBRARIAN_NAME, Role.ADMIN_NAME})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestPath long id) {
        faq.delete(id, viewer.requireId());
        return Response.seeOther(URI.create("/faq")).build();
    }
}
