package org.resilib.content.folder;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.resilib.content.CourseDefinition;
import org.resilib.content.CourseSync;
import org.resilib.course.CourseSlug;
import org.resilib.web.DomainException;
import org.resilib.web.Problem;

/**
 * A zip in the content/ layout (one folder, named by the course slug, holding course.yaml, NN-module.md files and
 * quiz.gift) becomes a new course. The archive is read defensively: no paths outside the folder, no sub-folders, at
 * most {@value #MAX_ENTRIES} files, each within the loader's size limit and {@value #MAX_EXPANDED} bytes in all
 * however well it compresses; then the content loader's own reader validates it, and the course, its modules and
 * its question bank are written in one transaction.
 */
@ApplicationScoped
public class CourseImport {

    static final int MAX_ENTRIES = 300;
    static final long MAX_EXPANDED = 20L * 1024 * 1024;
    /** Imported courses are managed in the browser from then on, like courses created there. */
    static final String SOURCE_IMPORT = "browser";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}");

    private final CourseSync sync;

    CourseImport(CourseSync sync) {
        this.sync = sync;
    }

    /** Returns the new course's slug: the folder's name, or {@code slug} when given (to import a copy). */
    @Transactional
    public String importZip(InputStream upload, String slug, String by, Long byPerson) {
        CourseDefinition def = readCourse(upload, slug);
        sync.create(def, SOURCE_IMPORT, by, byPerson);
        return def.slug();
    }

    /**
     * Reads and validates a course zip without storing anything: the course under the folder's name, or under
     * {@code slug} when given.
     */
    public CourseDefinition readCourse(InputStream upload, String slug) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String folder = read(upload, files);
        String target = slug == null || slug.isBlank() ? folder : slug.strip();
        if (!CourseSlug.isValid(target)) {
            throw DomainException.badRequest("slug", "content_error_invalid_slug");
        }
        Path root = null;
        try {
            root = Files.createTempDirectory("resilib-import");
            Path dir = Files.createDirectories(root.resolve("courses").resolve(target));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(dir.resolve(f.getKey()), f.getValue());
            }
            CourseFolderReader.Result result = new CourseFolderReader(root).read(dir);
            if (result.course() == null || !result.warnings().isEmpty()) {
                List<Problem.FieldError> details = Stream.concat(result.problems().stream(), result.warnings().stream())
                        .map(p -> new Problem.FieldError(p.path() + ":" + p.line(), "content_error_" + p.code(),
                                p.detail() == null ? p.code() : p.detail())).toList();
                throw new DomainException(400, "file", "import_invalid_course", details);
            }
            return result.course();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(root);
        }
    }

    /** Reads the archive into memory within the limits; returns the one top-level folder's name. */
    static String read(InputStream upload, Map<String, byte[]> files) {
        String folder = null;
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(upload)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                String name = e.getName();
                if (name.startsWith("/") || name.contains("\\") || name.contains(":")
                        || Stream.of(name.split("/")).anyMatch(s -> s.equals("..") || s.equals("."))) {
                    throw DomainException.badRequest("file", "import_unsafe_path");
                }
                String[] parts = name.split("/");
                if (e.isDirectory()) {
                    if (parts.length > 1) {
                        throw DomainException.badRequest("file", "import_unsafe_path");
                    }
                    continue;
                }
                if (parts.length != 2 || !FILE_NAME.matcher(parts[1]).matches()) {
                    throw DomainException.badRequest("file", "import_layout");
                }
                if (folder == null) {
                    folder = parts[0];
                } else if (!folder.equals(parts[0])) {
                    throw DomainException.badRequest("file", "import_layout");
                }
                if (files.size() >= MAX_ENTRIES) {
                    throw DomainException.badRequest("file", "import_too_large");
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                long size = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    size += n;
                    total += n;
                    if (size > CourseFolderReader.MAX_FILE_BYTES || total > MAX_EXPANDED) {
                        throw DomainException.badRequest("file", "import_too_large");
                    }
                    out.write(buffer, 0, n);
                }
                if (files.put(parts[1], out.toByteArray()) != null) {
                    throw DomainException.badRequest("file", "import_layout");
                }
            }
        } catch (ZipException e) {
            throw DomainException.badRequest("file", "import_zip_invalid");
        } catch (IOException e) {
            throw DomainException.badRequest("file", "import_zip_invalid");
        }
        if (folder == null) {
            throw DomainException.badRequest("file", "import_zip_invalid");
        }
        return folder;
    }

    private static void delete(Path root) {
        if (root == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
