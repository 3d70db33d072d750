package org.resilib.guide;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Structured data (schema.org JSON-LD) for a page's {@code <script type="application/ld+json">} block: JSON with
 * {@code <}, {@code >} and {@code &} written as Unicode escapes, so no authored text can close the block.
 */
public final class JsonLd {

    private JsonLd() {
    }

    public static String of(ObjectMapper json, Object value) {
        try {
            return json.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
