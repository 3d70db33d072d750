package org.resilib.people;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeApi {

    private final Viewer viewer;

    MeApi(Viewer viewer) {
        this.viewer = viewer;
    }

    public record Me(long id, String email, String name, List<String> roles) {
    }

    @GET
    @Authenticated
    @Operation(summary = "The signed-in person")
    public Me me() {
        return new Me(viewer.requireId(), viewer.getEmail(), viewer.getName(),
                Arrays.stream(Role.values()).filter(viewer::has).map(Role::key).toList());
    }
}
