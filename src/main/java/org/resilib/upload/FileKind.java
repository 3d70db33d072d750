package org.resilib.upload;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The files people may upload (authors' course files, askers' attachments), recognised by their first bytes and
 * their extension together (a renamed file is refused), each with the content type it is served with and its size
 * limit. SVG and HTML are not accepted: they can carry scripts.
 */
public enum FileKind {
    PNG("image/png", true, Set.of("png")),
    JPEG("image/jpeg", true, Set.of("jpg", "jpeg")),
    GIF("image/gif", true, Set.of("gif")),
    WEBP("image/webp", true, Set.of("webp")),
    PDF("application/pdf", false, Set.of("pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", false, Set.of("docx")),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", false, Set.of("pptx")),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", false, Set.of("xlsx")),
    MP3("audio/mpeg", false, Set.of("mp3")),
    MP4("video/mp4", false, Set.of("mp4")),
    TXT("text/plain; charset=utf-8", false, Set.of("txt", "csv"));

    public static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;
    public static final int MAX_FILE_BYTES = 20 * 1024 * 1024;

    public final String contentType;
    public final boolean image;
    final Set<String> extensions;

    FileKind(String contentType, boolean image, Set<String> extensions) {
        this.contentType = contentType;
        this.image = image;
        this.extensions = extensions;
    }

    public int maxBytes() {
        return image ? MAX_IMAGE_BYTES : MAX_FILE_BYTES;
    }

    public static Optional<FileKind> detect(String fileName, byte[] data) {
        String extension = extension(fileName);
        return Arrays.stream(values()).filter(k -> k.extensions.contains(extension) && k.matches(data)).findFirst();
    }

    public static String extension(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private boolean matches(byte[] d) {
        return switch (this) {
            case PNG -> starts(d, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A);
            case JPEG -> starts(d, 0, 0xFF, 0xD8, 0xFF);
            case GIF -> starts(d, 0, 'G', 'I', 'F', '8');
            case WEBP -> starts(d, 0, 'R', 'I', 'F', 'F') && starts(d, 8, 'W', 'E', 'B', 'P');
            case PDF -> starts(d, 0, '%', 'P', 'D', 'F', '-');
            case DOCX, PPTX, XLSX -> starts(d, 0, 'P', 'K', 3, 4);
            case MP3 -> starts(d, 0, 'I', 'D', '3') || d.length > 1 && (d[0] & 0xFF) == 0xFF && (d[1] & 0xE0) == 0xE0;
            case MP4 -> starts(d, 4, 'f', 't', 'y', 'p');
            case TXT -> utf8Text(d);
        };
    }

    private static boolean starts(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean utf8Text(byte[] data) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
            return text.chars().noneMatch(c -> c == 0) && !text.stripLeading().startsWith("<");
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
