package org.resilib.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

/**
 * One uploaded file, checked the same way wherever people upload: not empty, within its kind's size, of a kind
 * recognised by its first bytes and its extension together, and under a safe name. Each feature names the refusal
 * in its own words.
 */
public record Upload(String name, FileKind kind, byte[] data) {

    /** Why a file was refused. */
    public enum Refusal { EMPTY, TOO_LARGE, TYPE }

    /** A refused file. */
    public static final class Refused extends RuntimeException {
        private final Refusal reason;

        Refused(Refusal reason) {
            super(reason.name(), null, false, false);
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    /** Reads and checks the file uploaded under {@code originalName}; throws {@link Refused} naming why not. */
    public static Upload of(String originalName, Path file) {
        String name = safeName(originalName);
        byte[] data;
        try {
            long size = file == null ? 0 : Files.size(file);
            if (size == 0) {
                throw new Refused(Refusal.EMPTY);
            }
            if (size > FileKind.MAX_FILE_BYTES) {
                throw new Refused(Refusal.TOO_LARGE);
            }
            try (InputStream in = Files.newInputStream(file)) {
                data = in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileKind kind = FileKind.detect(name, data).orElseThrow(() -> new Refused(Refusal.TYPE));
        if (data.length > kind.maxBytes()) {
            throw new Refused(Refusal.TOO_LARGE);
        }
        return new Upload(name, kind, data);
    }

    /** Letters, digits, dot, dash and underscore; anything else becomes a dash. Keeps the extension. */
    public static String safeName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{N}._-]+", "-")
                .replaceAll("^[.-]+", "");
        if (name.length() > 120) {
            String ext = FileKind.extension(name);
            name = name.substring(0, 119 - ext.length()) + "." + ext;
        }
        return name.isEmpty() ? "file" : name;
    }
}
