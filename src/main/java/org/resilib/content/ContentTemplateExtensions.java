package org.resilib.content;

import io.quarkus.qute.TemplateExtension;

@TemplateExtension
final class ContentTemplateExtensions {

    private ContentTemplateExtensions() {
    }

    static String contentErrorKey(String code) {
        return "content_error_" + code;
    }
}
