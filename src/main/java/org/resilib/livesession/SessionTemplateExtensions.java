package org.resilib.livesession;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;

@TemplateExtension
final class SessionTemplateExtensions {

    private SessionTemplateExtensions() {
    }

    static String mailSubjectKey(String kind) {
        return "mail_subject_" + kind;
    }

    static String mailBodyKey(String kind) {
        return "mail_body_" + kind;
    }

    static String registrationKey(String status) {
        return "registration_" + status.toLowerCase(Locale.ROOT);
    }

    static String platformKey(String platform) {
        return "platform_" + platform.replace('-', '_');
    }
}
