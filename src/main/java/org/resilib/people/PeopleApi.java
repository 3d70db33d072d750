package org.resilib.people;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.resilib.identity.Role;
import org.resilib.web.DomainException;

@Path("/api/v1/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class PeopleApi {

    private final PeopleService people;

    PeopleApi(PeopleService people) {
        this.people = people;
    }

    public record NewUser(
            @NotBlank(message = "required") @Email(message = "email_invalid") @Size(max = 254, message = "too_long") String email,
            @NotBlank(message = "required") @Size(max = 120, message = "too_long") String name,
            @NotBlank(message = "required") String password,
            List<String> roles) {
    }

    public record User(long id, String email, String name, List<String> roles) {
        static User of(Account a) {
            return new User(a.id(), a.email(), a.displayName(), a.roles().stream().sorted().map(Role::key).toList());
        }
    }

    @POST
    @Operation(summary = "Creates a local account; 409 when the email is taken")
    public Response create(@Valid NewUser user) {
        if (user.roles() != null) {
            for (String r : user.roles()) {
                if (Role.fromKey(r).isEmpty()) {
                    throw DomainException.badRequest("roles", "invalid_role");
                }
            }
        }
        Account created = people.createPerson(new PersonForm(user.email(), user.name(), user.password(), user.roles()));
        return Response.created(URI.create("/admin/people/" + created.id())).entity(User.of(created)).build();
    }
}
