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
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.resilib.web.DomainException;
import org.resilib.web.FormErrors;

/** Admins manage accounts and roles. */
@Path("/admin/people")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class PeopleAdminResource {

    static final int PAGE_SIZE = 50;
    private final AccountService accounts;
    private final Validator validator;
    private final Viewer viewer;

    PeopleAdminResource(AccountService accounts, Validator validator, Viewer viewer) {
        this.accounts = accounts;
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

    @CheckedTemplate(basePath = "people")
    static class Templates {
        static native TemplateInstance admin(PeoplePage view);
    }

    @GET
    public TemplateInstance list(@RestQuery Integer page) {
        return Templates.admin(view(page == null ? 0 : Math.max(0, page), emptyForm(), FormErrors.none()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam PersonForm form) {
        FormErrors errors = FormErrors.of(validator.validate(form));
        String passwordProblem = Passwords.problem(form.password());
        if (passwordProblem != null) {
            errors.add("password", passwordProblem);
        }
        if (errors.isEmpty()) {
            try {
                accounts.createPerson(form);
                return Response.seeOther(URI.create("/admin/people?created=true")).build();
            } catch (DomainException e) {
                errors.add(e.field(), e.messageKey());
            }
        }
        PersonForm redisplay = new PersonForm(form.email(), form.displayName(), "", form.roles());
        return Response.status(400).entity(Templates.admin(view(0, redisplay, errors))).build();
    }

    @POST
    @Path("{id}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response setRoles(@RestPath long id, @RestForm List<String> roles) {
        Set<Role> set = EnumSet.noneOf(Role.class);
        if (roles != null) {
            for (String r : roles) {
                set.add(Role.fromKey(r).orElseThrow(() -> DomainException.badRequest("roles", "invalid_role")));
            }
        }
        if (set.isEmpty()) {
            throw DomainException.badRequest("roles", "roles_required");
        }
        accounts.setRoles(id, set, viewer.requireId());
        return Response.seeOther(URI.create("/admin/people?updated=" + id)).build();
    }

    private PeoplePage view(int page, PersonForm form, FormErrors errors) {
        List<PersonRow> rows = accounts.listPeople(page, PAGE_SIZE + 1).stream()
                .map(p -> new PersonRow(p.id, p.email, p.displayName, p.roleSet(), p.active)).toList();
        boolean hasNext = rows.size() > PAGE_SIZE;
        return new PeoplePage(hasNext ? rows.subList(0, PAGE_SIZE) : rows, page, hasNext, form, errors,
                List.of(Role.STUDENT.key(), Role.LIBRARIAN.key(), Role.INSTRUCTOR.key(), Role.ADMIN.key()));
    }

    private static PersonForm emptyForm() {
        return new PersonForm("", "", "", List.of(Role.STUDENT.key()));
    }
}
