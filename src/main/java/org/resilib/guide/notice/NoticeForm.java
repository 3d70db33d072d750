package org.resilib.guide.notice;

import java.time.Instant;
import java.time.ZoneId;
import org.jboss.resteasy.reactive.RestForm;
import org.resilib.guide.GuideInput;
import org.resilib.guide.PostedNotice;
import org.resilib.time.DateTimes;

/** The notice form: texts in both languages, local times in the editor's zone. */
public record NoticeForm(@RestForm String titleZh, @RestForm String titleEn, @RestForm String bodyZh,
        @RestForm String bodyEn, @RestForm String severity, @RestForm String audience, @RestForm String publishAt,
        @RestForm String expiresAt) {

    static NoticeForm empty() {
        return new NoticeForm("", "", "", "", "info", "everyone", "", "");
    }

    static NoticeForm of(PostedNotice n, ZoneId zone) {
        return new NoticeForm(n.title().getOrDefault("zh-CN", ""), n.title().getOrDefault("en", ""),
                n.body().getOrDefault("zh-CN", ""), n.body().getOrDefault("en", ""), n.severity().key(),
                n.audience().key(), DateTimes.localInput(n.publishAt(), zone),
                n.expiresAt() == null ? "" : DateTimes.localInput(n.expiresAt(), zone));
    }

    NoticeDraft draft(ZoneId zone) {
        return NoticeDraft.of(GuideInput.zhEn(titleZh, titleEn), GuideInput.zhEn(bodyZh, bodyEn), severity,
                audience, GuideInput.local("publishAt", publishAt, zone), GuideInput.local("expiresAt", expiresAt, zone),
                Instant.now());
    }
}
