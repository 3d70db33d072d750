package org.resilib.content;

/**
 * A file in content/ that failed validation: its path relative to the content folder, the 1-based line, a stable
 * code (the bundle has {@code content_error_<code>}) and the detail (the key, value or parser message at fault).
 */
public record ContentProblem(String path, int line, String code, String detail) {

    @Override
    public String toString() {
        return path + ":" + line + ": " + code + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
    }
}
