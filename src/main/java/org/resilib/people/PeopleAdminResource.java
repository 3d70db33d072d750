package org.resilib.people;

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
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.FormErrors;
import org.resilib.web.PageContext;

/** Admins manage accounts and roles. */
@Path("/admin/people")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class PeopleAdminResource {

    static final int PAGE_SIZE = 50;
    private final PeopleService people;
    private final Validator validator;
    private final Viewer viewer;

    PeopleAdminResource(PeopleService people, Validator validator, Viewer viewer) {
        this.people = people;
        this.validator = validator;
        this.viewer = viewer;
    }

    public record PersonRow(long id, String email, String displayName, Set<Role> roles, boolean active) {
        public boolean has(String role) {
            return Role.fromKey(role).map(roles::contains).orElse(false);
        }
    }

    public record PeoplePage(List<PersonRow> people, int page, boolean hasNext, PersonForm form, FormErrors errors,
            List<String> roles) {
    }

    public record EditPage(long id, PersonEditForm form, FormErrors errors, List<String> roles) {
        public boolean has(String role) {
            return form.roles() != null && form.roles().contains(role);
        }

        public boolean active() {
            return form.isActive();
        }
    }

    public record ImportPage(List<PeopleService.ImportResult> results, FormErrors errors) {
        public int created() {
            return (int) results.stream().filter(r -> r.outcome().equals("created")).count();
        }
    }

    static final long MAX_IMPORT_BYTES = 1024 * 1024;

    @CheckedTemplate(basePath = "people")
    static class Templates {
        static native TemplateInstance admin(PeoplePage view);

        static native TemplateInstance edit(EditPage view);

        static native TemplateInstance importPage(ImportPage view);
    }

    @GET
    @Path("{id}")
    public TemplateInstance edit(@RestPath long id) {
        Person p = people.find(id);
        PersonEditForm form = new PersonEditForm(p.email, p.displayName, String.valueOf(p.active),
                p.roleSet().stream().map(Role::key).toList());
        return Templates.edit(new EditPage(id, form, FormErrors.none(), allRoles()));
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, @BeanParam PersonEditForm form) {
        people.find(id);
        FormErrors errors = FormErrors.of(validator.validate(form));
        if (errors.isEmpty()) {
            try {
                people.updatePerson(id, form, viewer.requireId());
                return Response.seeOther(PageContext.done("/admin/people", "done_person_saved")).build();
            } catch (DomainException e) {
                if (e.status() == 404) {
                    throw e;
                }
                errors.add(e.field(), e.messageKey());
            }
        }
        return Response.status(400).entity(Templates.edit(new EditPage(id, form, errors, allRoles()))).build();
    }

    @GET
    @Path("import")
    public TemplateInstance importForm() {
        return Templates.importPage(new ImportPage(List.of(), FormErrors.none()));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importCsv(@RestForm("file") FileUpload file) {
        FormErrors errors = FormErrors.none();
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            errors.add("file", "import_file_missing");
        } else if (file.size() > MAX_IMPORT_BYTES) {
            errors.add("file", "import_file_too_large");
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(Templates.importPage(new ImportPage(List.of(), errors))).build();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file.uploadedFile()))).toString();
        } catch (IOException e) {
            errors.add("file", "import_not_utf8");
            return Response.status(400).entity(Templates.importPage(new ImportPage(List.of(), errors))).build();
        }
        return Response.ok(Templates.importPage(new ImportPage(people.importCsv(text), errors))).build();
    }

    private static List<String> allRoles() {
        return List.of(Role.STUDENT.key(), Role.LIBRARIAN.key(), Role.INSTRUCTOR.key(), Role.EDITOR.key(),
                Role.ADMIN.key());
    }

    @GET
    public TemplateInstance list(@RestQuery Integer page) {
        return Templates.admin(view(page == null ? 0 : Math.max(0, page), emptyForm(), FormErrors.none()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam PersonForm form) {
        FormErrors errors;
        try {
            people.createPerson(form);
            return Response.seeOther(PageContext.done("/admin/people", "done_person_created")).build();
        } catch (DomainException e) {
            if (e.field() == null) {
                throw e;
            }
            errors = FormErrors.of(e);
        }
        PersonForm redisplay = new PersonForm(form.email(), form.displayName(), "", form.roles());
        return Response.status(400).entity(Templates.admin(view(0, redisplay, errors))).build();
    }

    private PeoplePage view(int page, PersonForm form, FormErrors errors) {
        List<PersonRow> rows = people.listPeople(page, PAGE_SIZE + 1).stream()
                .map(p -> new PersonRow(p.id, p.email, p.displayName, p.roleSet(), p.active)).toList();
        boolean hasNext = rows.size() > PAGE_SIZE;
        return new PeoplePage(hasNext ? rows.subList(0, PAGE_SIZE) : rows, page, hasNext, form, errors, allRoles());
    }

    private static PersonForm emptyForm() {
        return new PersonForm("", "", "", List.of(Role.STUDENT.key()));
    }
}
