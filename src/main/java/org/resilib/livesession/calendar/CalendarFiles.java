package org.resilib.livesession.calendar;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resilib.config.ResilibConfig;
import org.resilib.livesession.LiveSession;
import org.resilib.livesession.Registration;
import org.resilib.livesession.SessionMessages;
import org.resilib.web.DomainException;

/** The calendar files people download: one session's, and a person's feed of the sessions they registered for. */
@ApplicationScoped
public class CalendarFiles {

    private final EntityManager em;
    private final CalendarTokens tokens;
    private final String baseUrl;

    CalendarFiles(EntityManager em, CalendarTokens tokens, ResilibConfig config) {
        this.em = em;
        this.tokens = tokens;
        this.baseUrl = ResilibConfig.withoutTrailingSlash(config.baseUrl());
    }

    /** The session's .ics; anyone may have it (it holds no join details). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String session(long id, Locale locale) {
        LiveSession s = em.find(LiveSession.class, id);
        if (s == null) {
            throw DomainException.notFound("session");
        }
        return CalendarFeed.write(List.of(s), baseUrl, locale, null, false);
    }

    /**
     * The feed of the token's owner: every session they registered for (not cancelled registrations). Where their
     * place is confirmed the entry carries the join link and meeting code, as a meeting invitation does: the feed's
     * address is the person's secret (the public .ics and waitlisted places never carry them).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String feed(String token, Locale locale) {
        long person = tokens.owner(token).orElseThrow(() -> DomainException.notFound("page"));
        List<Object[]> rows = em.createQuery("select s, r.status from LiveSession s, Registration r"
                + " where r.sessionId = s.id and r.personId = :p and r.status <> :c order by s.startsAt",
                Object[].class).setParameter("p", person).setParameter("c", Registration.CANCELLED)
                .getResultList();
        SessionMessages text = "en".equals(locale.getLanguage())
                ? MessageBundles.get(SessionMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(SessionMessages.class);
        List<LiveSession> sessions = new ArrayList<>();
        Map<Long, CalendarFeed.JoinLines> join = new HashMap<>();
        for (Object[] row : rows) {
            LiveSession s = (LiveSession) row[0];
            sessions.add(s);
            if (Registration.CONFIRMED.equals(row[1])) {
                join.put(s.id, new CalendarFeed.JoinLines(text.session_join_url(), s.joinUrl,
                        s.meetingCode == null || s.meetingCode.isBlank() ? null
                                : text.session_meeting_code(s.meetingCode)));
            }
        }
        return CalendarFeed.write(sessions, baseUrl, locale, "Resilib", false, join);
    }

    /** A new feed link for the person (the old one stops working). */
    @Transactional
    public String resetLink(long personId) {
        return baseUrl + "/me/calendar.ics?token=" + tokens.reset(personId);
    }
}
