package org.resilib.livesession;

import io.quarkus.qute.TemplateExtension;
import java.util.Locale;
import org.resilib.course.Audience;

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

    /** A registration's status as the organiser reads it (the learner's own pages say "You are registered"). */
    static String attendanceStatusKey(String status) {
        return "attendance_status_" + status.toLowerCase(Locale.ROOT);
    }

    static String platformKey(Platform platform) {
        return "platform_" + platform.key().replace('-', '_');
    }

    /** The label of a session's audience: the course feature's keys, {@code audience_<key>}. */
    static String audienceLabelKey(Audience audience) {
        return "audience_" + audience.key();
    }
}
