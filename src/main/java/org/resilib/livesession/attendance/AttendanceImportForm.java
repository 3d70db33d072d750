package org.resilib.livesession.attendance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.resilib.web.DomainException;

/** A meeting platform's participant export, uploaded to mark attendance. */
public record AttendanceImportForm(@RestForm("file") FileUpload file) {

    static final long MAX_BYTES = 2 * 1024 * 1024;

    /** The file's text; a missing, empty or too large file, or one that is not UTF-8, is a 400 naming the field. */
    String text() {
        if (file == null || file.uploadedFile() == null || file.size() == 0 || file.size() > MAX_BYTES) {
            throw DomainException.badRequest("file", "import_file_missing");
        }
        try {
            return Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw DomainException.badRequest("file", "import_not_utf8");
        }
    }
}
