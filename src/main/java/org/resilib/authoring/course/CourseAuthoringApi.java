package org.resilib.authoring.course;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.resilib.authoring.AuthoringViews;
import org.resilib.authoring.Drafts;
import org.resilib.content.CourseDocument;
import org.resilib.content.CourseManifest;
import org.resilib.content.folder.CourseExport;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.DomainException;

/**
 * Authoring for scripts and other tools: drafts, publication, history, co-authors, and the content/ zip round trip
 * (the modules of a draft have their own resource). Shares its root with the read-only catalogue API. Owners, co-authors and admins only (403 otherwise).
 */
@Path("/api/v1/courses")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class CourseAuthoringApi {

    private final CourseDrafts courses;
    private final Publication publication;
    private final CoAuthors coAuthors;
    private final Drafts drafts;
    private final CourseExport export;
    private final Viewer viewer;

    CourseAuthoringApi(CourseDrafts courses, Publication publication, CoAuthors coAuthors, Drafts drafts,
            CourseExport export, Viewer viewer) {
        this.courses = courses;
        this.publication = publication;
        this.coAuthors = coAuthors;
        this.drafts = drafts;
        this.export = export;
        this.viewer = viewer;
    }

    /** course.yaml in JSON, plus the slug when creating. */
    public record CourseBody(String slug, Map<String, String> title, Map<String, String> summary, String dimension,
            String audience, Integer minutes, List<String> competencies, CourseManifest.Quiz quiz, String language) {
        CourseManifest manifest() {
            return new CourseManifest(title, summary, dimension, audience, minutes, competencies, quiz, null,
                    language);
        }
    }

    public record Draft(String slug, String status, boolean fileManaged, boolean unpublishedChanges,
            CourseDocument draft) {
    }

    public record Published(String slug, int version) {
    }

    public record VersionLine(int number, Instant publishedAt, String publishedBy, String source,
            Integer restoredFrom) {
    }

    public record Imported(String slug, boolean draft) {
    }

    public record AuthorBody(String email) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a course as a draft (body: course.yaml as JSON plus slug); the caller owns it")
    public Response create(CourseBody body) {
        CourseBody b = required(body);
        String slug = courses.create(b.slug(), b.manifest(), viewer);
        return Response.created(URI.create("/api/v1/courses/" + slug)).entity(draft(slug)).build();
    }

    @GET
    @Path("{slug}/draft")
    @Operation(summary = "The course's draft as authors see it")
    public Draft draft(@RestPath String slug) {
        AuthoringViews.Editor e = courses.editor(slug, viewer);
        return new Draft(slug, e.published() ? "published" : "draft", e.fileManaged(), e.unpublishedChanges(),
                e.draft());
    }

    @PUT
    @Path("{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the draft's course.yaml fields")
    public Draft update(@RestPath String slug, CourseBody body) {
        courses.updateCourse(slug, required(body).manifest(), viewer);
        return draft(slug);
    }

    @POST
    @Path("{slug}/publish")
    @Operation(summary = "Make the draft the live course, atomically; returns the new version number")
    public Published publish(@RestPath String slug) {
        return new Published(slug, publication.publish(slug, viewer));
    }

    @GET
    @Path("{slug}/versions")
    @Operation(summary = "Published versions, newest first, with who published them and when")
    public List<VersionLine> versions(@RestPath String slug) {
        return publication.versions(slug, viewer).stream()
                .map(v -> new VersionLine(v.number(), v.at(), v.by(), v.source(), v.restoredFrom())).toList();
    }

    @POST
    @Path("{slug}/versions/{number}/restore")
    @Operation(summary = "Publish an earlier version again, as a new version")
    public Published restore(@RestPath String slug, @RestPath int number) {
        return new Published(slug, publication.restore(slug, number, viewer));
    }

    @POST
    @Path("{slug}/authors")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an instructor as co-author (owner or admin only)")
    public Response addAuthor(@RestPath String slug, AuthorBody body) {
        coAuthors.addAuthor(slug, required(body).email(), viewer);
        return Response.noContent().build();
    }

    @DELETE
    @Path("{slug}/authors/{personId}")
    @Operation(summary = "Remove a co-author (owner or admin only)")
    public Response removeAuthor(@RestPath String slug, @RestPath long personId) {
        coAuthors.removeAuthor(slug, personId, viewer);
        return Response.noContent().build();
    }

    /** The live course as a zip in the content/ layout, for version control or another Resilib. */
    @GET
    @Path("{slug}/export")
    @Produces("application/zip")
    @Operation(summary = "The course as a zip in the content/ layout")
    public Response export(@RestPath String slug) {
        drafts.requireEditable(slug, viewer);
        return Response.ok(export.zip(slug), "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + slug + ".zip\"").build();
    }

    /**
     * A zip in the content/ layout becomes a new course (a copy under another slug when {@code slug} is given), or,
     * with {@code into}, the new draft of that existing course.
     */
    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a course zip in the content/ layout as a new course, or as the draft of `into`")
    public Response importCourse(@RestForm("file") FileUpload file, @RestForm String slug, @RestForm String into) {
        if (file == null || file.uploadedFile() == null) {
            throw DomainException.badRequest("file", "required");
        }
        try (InputStream in = Files.newInputStream(file.uploadedFile())) {
            if (into != null && !into.isBlank()) {
                courses.importDraft(into.strip(), in, viewer);
                return Response.ok(new Imported(into.strip(), true)).build();
            }
            String created = courses.importCourse(in, slug, viewer);
            return Response.created(URI.create("/api/v1/courses/" + created)).entity(new Imported(created, false))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw DomainException.badRequest("body", "required");
        }
        return body;
    }
}
