package org.resilib.livesession.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import org.resilib.config.ResilibConfig;
import org.resilib.livesession.LiveSession;
import org.resilib.livesession.Registration;
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

    /** The feed of the token's owner: every session they registered for (not cancelled registrations). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String feed(String token, Locale locale) {
        long person = tokens.owner(token).orElseThrow(() -> DomainException.notFound("page"));
        List<LiveSession> sessions = em.createQuery("select s from LiveSession s where s.id in (select r.sessionId"
                + " from Registration r where r.personId = :p and r.status <> :c) order by s.startsAt",
                LiveSession.class).setParameter("p", person).setParameter("c", Registration.CANCELLED)
                .getResultList();
        return CalendarFeed.write(sessions, baseUrl, locale, "Resilib", false);
    }

    /** A new feed link for the person (the old one stops working). */
    @Transactional
    public String resetLink(long personId) {
        return baseUrl + "/me/calendar.ics?token=" + tokens.reset(personId);
    }
}
