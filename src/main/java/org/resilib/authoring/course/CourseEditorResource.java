package org.resilib.authoring.course;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.resilib.authoring.AssetService;
import org.resilib.authoring.AuthoringViews;
import org.resilib.identity.Role;
import org.resilib.identity.Viewer;
import org.resilib.web.Confirmation;
import org.resilib.web.DomainException;
import org.resilib.web.FormErrors;
import org.resilib.web.Problem;
import org.resilib.web.RequestLocale;

/**
 * The authoring pages about a course as a whole: my courses (creating and importing), and the course editor
 * (fields, publication, history, co-authors, files). Owners, co-authors and admins only; the services answer 403
 * for other instructors.
 */
@Path("/author")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
public class CourseEditorResource {

    private final CourseDrafts courses;
    private final Publication publication;
    private final CoAuthors coAuthors;
    private final AssetService assets;
    private final Viewer viewer;
    private final RequestLocale locale;

    CourseEditorResource(CourseDrafts courses, Publication publication, CoAuthors coAuthors, AssetService assets,
            Viewer viewer, RequestLocale locale) {
        this.courses = courses;
        this.publication = publication;
        this.coAuthors = coAuthors;
        this.assets = assets;
        this.viewer = viewer;
        this.locale = locale;
    }

    @CheckedTemplate(basePath = "authoring")
    static class Templates {
        static native TemplateInstance index(List<AuthoringViews.Listed> courses, CourseForm form, FormErrors errors,
                List<Problem.FieldError> problems);

        static native TemplateInstance course(AuthoringViews.Editor editor, CourseForm form, FormErrors errors,
                String notice, List<Problem.FieldError> problems);
    }

    // ---- my courses, creating and importing

    @GET
    public TemplateInstance index() {
        return Templates.index(courses.myCourses(viewer, locale.get()), CourseForm.blank(), FormErrors.none(),
                List.of());
    }

    @POST
    @Path("courses")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@BeanParam CourseForm form) {
        try {
            String slug = courses.create(form, viewer);
            return Response.seeOther(URI.create("/author/courses/" + slug)).build();
        } catch (DomainException e) {
            if (e.field() == null || e.status() != 400 && e.status() != 409) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.index(courses.myCourses(viewer, locale.get()), form,
                    FormErrors.of(e), List.of())).build();
        }
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importCourse(@RestForm("file") FileUpload file, @RestForm String slug) {
        try (InputStream in = open(file)) {
            String created = courses.importCourse(in, slug, viewer);
            return Response.seeOther(URI.create("/author/courses/" + created + "?notice=imported")).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DomainException e) {
            FormErrors errors = FormErrors.none().add("file", e.messageKey());
            return Response.status(e.status()).entity(Templates.index(courses.myCourses(viewer, locale.get()),
                    CourseForm.blank(), errors, e.details() == null ? List.of() : e.details())).build();
        }
    }

    // ---- the course editor

    @GET
    @Path("courses/{slug}")
    public TemplateInstance course(@RestPath String slug, @RestQuery String notice) {
        AuthoringViews.Editor e = courses.editor(slug, viewer);
        return Templates.course(e, CourseForm.of(slug, e.draft().course()), FormErrors.none(), AuthoringViews.notice(notice),
                List.of());
    }

    @POST
    @Path("courses/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveCourse(@RestPath String slug, @BeanParam CourseForm form) {
        try {
            courses.updateCourse(slug, form, viewer);
            return back(slug, "saved");
        } catch (DomainException e) {
            if (e.field() == null || e.status() != 400) {
                throw e;
            }
            AuthoringViews.Editor ed = courses.editor(slug, viewer);
            return Response.status(400).entity(Templates.course(ed, form, FormErrors.of(e), null, List.of())).build();
        }
    }

    @POST
    @Path("courses/{slug}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response publish(@RestPath String slug) {
        try {
            publication.publish(slug, viewer);
            return back(slug, "published");
        } catch (DomainException e) {
            if (e.details() == null) {
                throw e;
            }
            return editorWith(slug, e.status(), FormErrors.none(), e.details());
        }
    }

    @POST
    @Path("courses/{slug}/versions/{number}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@RestPath String slug, @RestPath int number) {
        publication.restore(slug, number, viewer);
        return back(slug, "restored");
    }

    @POST
    @Path("courses/{slug}/authors")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addAuthor(@RestPath String slug, @RestForm String email) {
        try {
            coAuthors.addAuthor(slug, email, viewer);
            return back(slug, "author_added");
        } catch (DomainException e) {
            if (e.status() != 400) {
                throw e;
            }
            return editorWith(slug, 400, FormErrors.none().add("email", e.messageKey()), null);
        }
    }

    @POST
    @Path("courses/{slug}/authors/{personId}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeAuthor(@RestPath String slug, @RestPath long personId,
            @RestForm(Confirmation.FIELD) String confirm) {
        if (!Confirmation.confirmed(confirm)) {
            return Confirmation.of("confirm_remove_author", "confirm_remove_author_effect", "confirm_yes_remove",
                    "/author/courses/" + slug + "/authors/" + personId + "/remove", "/author/courses/" + slug
                            + "#authors").ask();
        }
        coAuthors.removeAuthor(slug, personId, viewer);
        return back(slug, "author_removed");
    }

    @POST
    @Path("courses/{slug}/detach")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response detach(@RestPath String slug) {
        courses.setDetached(slug, true, viewer);
        return back(slug, "detached");
    }

    @POST
    @Path("courses/{slug}/attach")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response attach(@RestPath String slug) {
        courses.setDetached(slug, false, viewer);
        return back(slug, "attached");
    }

    @POST
    @Path("courses/{slug}/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importDraft(@RestPath String slug, @RestForm("file") FileUpload file) {
        try (InputStream in = open(file)) {
            courses.importDraft(slug, in, viewer);
            return back(slug, "draft_imported");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DomainException e) {
            if (e.status() != 400) {
                throw e;
            }
            return editorWith(slug, 400, FormErrors.none().add("zip", e.messageKey()), e.details());
        }
    }

    @POST
    @Path("courses/{slug}/assets")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestPath String slug, @RestForm("file") FileUpload file) {
        try {
            assets.upload(slug, file == null ? null : file.fileName(), file == null ? null : file.uploadedFile(),
                    viewer);
            return Response.seeOther(URI.create("/author/courses/" + slug + "?notice=uploaded#files")).build();
        } catch (DomainException e) {
            if (e.status() != 400) {
                throw e;
            }
            return editorWith(slug, 400, FormErrors.none().add("file", e.messageKey()), null);
        }
    }

    @POST
    @Path("courses/{slug}/assets/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteAsset(@RestPath String slug, @RestPath long id,
            @RestForm(Confirmation.FIELD) String confirm) {
        if (!Confirmation.confirmed(confirm)) {
            return Confirmation.of("confirm_delete_file", "confirm_delete_file_effect", "confirm_yes_delete",
                    "/author/courses/" + slug + "/assets/" + id + "/delete", "/author/courses/" + slug + "#files")
                    .ask();
        }
        assets.delete(slug, id, viewer);
        return Response.seeOther(URI.create("/author/courses/" + slug + "?notice=file_deleted#files")).build();
    }

    /** The course editor again, with what went wrong: a field error or the problems of a file or a publication. */
    private Response editorWith(String slug, int status, FormErrors errors, List<Problem.FieldError> problems) {
        AuthoringViews.Editor ed = courses.editor(slug, viewer);
        return Response.status(status).entity(Templates.course(ed, CourseForm.of(slug, ed.draft().course()), errors,
                null, problems == null ? List.of() : problems)).build();
    }

    private static InputStream open(FileUpload file) throws IOException {
        if (file == null || file.uploadedFile() == null) {
            throw DomainException.badRequest("file", "required");
        }
        return Files.newInputStream(file.uploadedFile());
    }

    private static Response back(String slug, String notice) {
        return Response.seeOther(URI.create("/author/courses/" + slug + "?notice=" + notice)).build();
    }
}
