package org.resilib.authoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.List;
import org.resilib.course.Course;
import org.resilib.course.Courses;
import org.resilib.identity.Viewer;
import org.resilib.text.Sha256;
import org.resilib.upload.FileKind;
import org.resilib.upload.Upload;
import org.resilib.web.DomainException;

/** Images and attachments for a course: checked on the way in, served only to those who may see the course. */
@ApplicationScoped
public class AssetService {

    private final Drafts drafts;
    private final Courses courses;
    private final EntityManager em;

    AssetService(Drafts drafts, Courses courses, EntityManager em) {
        this.drafts = drafts;
        this.courses = courses;
        this.em = em;
    }

    public record Stored(long id, String fileName, String url, boolean image) {
    }

    public record Download(String fileName, String contentType, boolean image, byte[] data) {
    }

    @Transactional
    public Stored upload(String slug, String originalName, Path file, Viewer viewer) {
        Course course = drafts.editable(slug, viewer, false);
        Upload upload;
        try {
            upload = Upload.of(originalName, file);
        } catch (Upload.Refused e) {
            throw DomainException.badRequest("file", switch (e.reason()) {
                case EMPTY -> "author_asset_empty";
                case TOO_LARGE -> "author_asset_too_large";
                case TYPE -> "author_asset_type";
            });
        }
        String name = upload.name();
        FileKind kind = upload.kind();
        byte[] data = upload.data();
        CourseAsset asset = new CourseAsset();
        asset.courseId = course.id;
        asset.fileName = name;
        asset.contentType = kind.contentType;
        asset.size = data.length;
        asset.sha256 = Sha256.hex(data);
        asset.data = data;
        asset.uploadedBy = viewer.getId();
        asset.persist();
        return new Stored(asset.id, name, url(course.slug, asset.id, name), kind.image);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Download download(String slug, long id, Viewer viewer) {
        long courseId;
        try {
            courseId = courses.courseFor(slug, viewer).id();
        } catch (DomainException notVisible) {
            try {
                courseId = drafts.editable(slug, viewer, false).id;
            } catch (DomainException notAnAuthor) {
                throw notVisible;
            }
        }
        CourseAsset asset = CourseAsset.<CourseAsset>find("id = ?1 and courseId = ?2", id, courseId)
                .firstResultOptional().orElseThrow(() -> DomainException.notFound("file"));
        return new Download(asset.fileName, asset.contentType, asset.contentType.startsWith("image/"), asset.data);
    }

    @Transactional
    public void delete(String slug, long id, Viewer viewer) {
        Course course = drafts.editable(slug, viewer, false);
        if (CourseAsset.delete("id = ?1 and courseId = ?2", id, course.id) == 0) {
            throw DomainException.notFound("file");
        }
    }

    /** The course's files, for its authors. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuthoringViews.Asset> list(String slug, Viewer viewer) {
        return list(em, drafts.editable(slug, viewer, false));
    }

    public static List<AuthoringViews.Asset> list(EntityManager em, Course course) {
        return em.createQuery("select a.id, a.fileName, a.contentType, a.size from CourseAsset a where a.courseId = :c"
                + " order by a.uploadedAt desc", Object[].class).setParameter("c", course.id).setMaxResults(200)
                .getResultList().stream()
                .map(r -> new AuthoringViews.Asset((Long) r[0], (String) r[1], (String) r[2], (Integer) r[3],
                        url(course.slug, (Long) r[0], (String) r[1]), ((String) r[2]).startsWith("image/")))
                .toList();
    }

    static String url(String slug, long id, String name) {
        return "/courses/" + slug + "/assets/" + id + "/" + name;
    }

}
