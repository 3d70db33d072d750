package org.resilib.guide.emergency;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.resilib.guide.GuideInput;

/** The declaration form: texts in both languages, local times in the admin's zone, the areas ticked. */
public record EmergencyForm(@RestForm String titleZh, @RestForm String titleEn, @RestForm String messageZh,
        @RestForm String messageEn, @RestForm String startsAt, @RestForm String expectedEndAt,
        @RestForm List<String> affected, @RestForm String mailEveryone) {

    static EmergencyForm empty() {
        return new EmergencyForm("", "", "", "", "", "", List.of(), null);
    }

    Declaration declaration(ZoneId zone) {
        return Declaration.of(GuideInput.zhEn(titleZh, titleEn), GuideInput.zhEn(messageZh, messageEn),
                GuideInput.local("startsAt", startsAt, zone), GuideInput.local("expectedEndAt", expectedEndAt, zone),
                affected, "true".equals(mailEveryone), Instant.now());
    }

    public boolean ticked(String area) {
        return affected != null && affected.contains(area);
    }

    public boolean mail() {
        return "true".equals(mailEveryone);
    }
}
