package org.resilib.competency.framework;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.FormErrors;
import org.resilib.web.RequestLocale;

/** Admins list, create and edit competency frameworks in the browser: scale, rules and the competency tree. */
@Path("/competencies/frameworks")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class FrameworkResource {

    private final FrameworkAdmin admin;
    private final Viewer viewer;
    private final RequestLocale locale;
    private final Validator validator;

    FrameworkResource(FrameworkAdmin admin, Viewer viewer, RequestLocale locale, Validator validator) {
        this.admin = admin;
        this.viewer = viewer;
        this.locale = locale;
        this.validator = validator;
    }

    /** The editor page: {@code create} for a new framework, {@code fileManaged} for the content-reload warning. */
    public record EditPage(FrameworkForm form, boolean create, boolean fileManaged, boolean detached,
            FormErrors errors, boolean saved) {
    }

    @CheckedTemplate(basePath = "competency")
    static class Templates {
        static native TemplateInstance frameworks(List<FrameworkAdmin.Listed> frameworks);

        static native TemplateInstance frameworkEdit(EditPage page);
    }

    @GET
    public TemplateInstance list() {
        return Templates.frameworks(admin.list(locale.get()));
    }

    @GET
    @Path("new")
    public TemplateInstance createForm() {
        return Templates.frameworkEdit(new EditPage(FrameworkForm.blank(), true, false, false, FormErrors.none(), false));
    }

    @POST
    @Path("new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam FrameworkForm.Fields fields, MultivaluedMap<String, String> rows) {
        return save(FrameworkForm.read(fields, rows), FormErrors.of(validator.validate(fields)), true, null);
    }

    @GET
    @Path("{slug}")
    public TemplateInstance edit(@RestPath String slug, @RestQuery String saved) {
        FrameworkAdmin.Editing e = admin.edit(slug);
        return Templates.frameworkEdit(new EditPage(e.form(), false, e.fileManaged(), e.detached(), FormErrors.none(),
                saved != null));
    }

    @POST
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath String slug, @BeanParam FrameworkForm.Fields fields,
            MultivaluedMap<String, String> rows) {
        FrameworkAdmin.Editing current = admin.edit(slug);
        FrameworkForm.Fields posted = fields.withSlug(slug);
        return save(FrameworkForm.read(posted, rows), FormErrors.of(validator.validate(posted)), false, current);
    }

    @POST
    @Path("{slug}/reattach")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reattach(@RestPath String slug) {
        admin.reattach(slug);
        return Response.seeOther(URI.create("/competencies/frameworks/" + slug + "?saved=true")).build();
    }

    private Response save(FrameworkForm typed, FormErrors errors, boolean create, FrameworkAdmin.Editing current) {
        FrameworkFile file = typed.toFile(errors, admin.codesOutside(typed.slug()));
        if (file != null && errors.isEmpty()) {
            try {
                admin.save(typed.slug(), file, create, typed.detach(), viewer.requireId());
                return Response.seeOther(URI.create("/competencies/frameworks/" + typed.slug() + "?saved=true"))
                        .build();
            } catch (DomainException e) {
                if (e.status() == 404) {
                    throw e;
                }
                errors.add(e.field(), e.messageKey());
            }
        }
        boolean conflict = errors.getAll().containsValue("framework_slug_taken")
                || errors.getAll().containsValue("framework_code_elsewhere");
        return Response.status(conflict ? 409 : 400).entity(Templates.frameworkEdit(
                new EditPage(typed, create, current != null && current.fileManaged(), current != null
                        && current.detached(), errors, false))).build();
    }
}
