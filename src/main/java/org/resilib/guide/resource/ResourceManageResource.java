package org.resilib.guide.resource;

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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;
import org.resilib.web.FormErrors;
import org.resilib.web.Problem;

/**
 * The directory's page for library staff: the links the checker found broken, the CSV to download, and (editors and
 * admins) a CSV file to import, all rows or none.
 */
@Path("/resources/manage")
@Produces(MediaType.TEXT_HTML)
public class ResourceManageResource {

    /** The largest CSV file taken: 5,000 rows of a few hundred bytes each, with room. */
    static final long MAX_FILE = 8L * 1024 * 1024;

    private final LinkChecker links;
    private final ResourceService service;
    private final ResourceDirectory directory;
    private final Viewer viewer;

    ResourceManageResource(LinkChecker links, ResourceService service, ResourceDirectory directory, Viewer viewer) {
        this.links = links;
        this.service = service;
        this.directory = directory;
        this.viewer = viewer;
    }

    public record ManagePage(int resources, List<LinkChecker.Broken> broken, boolean editor, Integer added,
            Integer replaced, FormErrors errors, List<Problem.FieldError> problems) {
    }

    @CheckedTemplate(basePath = "guide")
    static class Templates {
        static native TemplateInstance resourcesManage(ManagePage page);
    }

    @GET
    @RolesAllowed({Role.LIBRARIAN_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
    public TemplateInstance page(@RestQuery Integer added, @RestQuery Integer replaced) {
        return Templates.resourcesManage(page(added, replaced, FormErrors.none(), List.of()));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.EDITOR_NAME, Role.ADMIN_NAME})
    public Response importCsv(@RestForm("file") FileUpload file) {
        try {
            int[] done = service.importCsv(read(file), viewer.getId(), viewer.getEmail());
            return Response.seeOther(URI.create("/resources/manage?added=" + done[0] + "&replaced=" + done[1]))
                    .build();
        } catch (DomainException e) {
            return Response.status(e.status()).entity(Templates.resourcesManage(page(null, null,
                    FormErrors.none().add("file", e.messageKey()), e.details() == null ? List.of() : e.details())))
                    .build();
        }
    }

    private ManagePage page(Integer added, Integer replaced, FormErrors errors, List<Problem.FieldError> problems) {
        return new ManagePage(directory.all().size(), links.broken(), viewer.isEditor(), added, replaced, errors,
                problems);
    }

    private static String read(FileUpload file) {
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            throw DomainException.badRequest("file", "guide_error_file_required");
        }
        if (file.size() > MAX_FILE) {
            throw DomainException.badRequest("file", "guide_error_file_too_large");
        }
        try {
            byte[] bytes = Files.readAllBytes(file.uploadedFile());
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw DomainException.badRequest("file", "guide_error_file_encoding");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
