package org.resilib.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.resilib.competency.framework.FrameworkCatalog;
import org.resilib.livesession.scheduling.SessionRules;
import org.resilib.people.PeopleDirectory;
import org.resilib.web.DomainException;

/** Work samples: links librarians submit as evidence, and the instructors' review that accepts or rejects them. */
@ApplicationScoped
public class WorkSamples {

    public record Sample(long id, long personId, String person, String code, String url, String note, Instant at) {
    }

    private final EntityManager em;
    private final PeopleDirectory people;
    private final FormCheck check;
    private final FrameworkCatalog catalog;

    WorkSamples(EntityManager em, PeopleDirectory people, FormCheck check, FrameworkCatalog catalog) {
        this.check = check;
        this.catalog = catalog;
        this.em = em;
        this.people = people;
    }

    /**
     * A librarian submits a link to their work (a micro-video, a post, a slide deck) with a note, for review; only for
     * a competency whose framework counts accepted samples, since elsewhere it could never raise a level.
     */
    @Transactional
    public long submit(WorkSampleForm form, Actor actor) {
        if (!actor.staff()) {
            throw DomainException.forbidden("forbidden");
        }
        if (!LevelGuide.countsSamples(catalog.requireFrameworkOf(form.code()).rules)) {
            throw DomainException.badRequest("code", "competency_sample_not_counted");
        }
        if (form.url() == null || !SessionRules.httpUrl(form.url())) {
            throw DomainException.badRequest("url", "session_url_invalid");
        }
        check.require(form);
        return ((Number) em.createNativeQuery("insert into work_sample (person_id, code, url, note) values"
                + " (?1, ?2, ?3, ?4) returning id").setParameter(1, actor.personId()).setParameter(2, form.code())
                .setParameter(3, form.url().strip()).setParameter(4, form.note()).getSingleResult()).longValue();
    }

    /** An instructor accepts or rejects a work sample; an accepted one is evidence for the rule's level. */
    @Transactional
    public void review(long sampleId, boolean accept, String note, Actor actor) {
        if (!actor.assessor()) {
            throw DomainException.forbidden("forbidden");
        }
        int n = em.createNativeQuery("update work_sample set status = ?2, reviewed_by = ?3, reviewed_at = now(),"
                + " review_note = ?4 where id = ?1").setParameter(1, sampleId)
                .setParameter(2, accept ? "accepted" : "rejected").setParameter(3, actor.personId())
                .setParameter(4, note).executeUpdate();
        if (n == 0) {
            throw DomainException.notFound("page");
        }
    }

    /** Samples waiting for review, oldest first, with their authors' names. Two statements. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Sample> toReview() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, person_id, code, url, note, submitted_at from"
                + " work_sample where status = 'submitted' order by submitted_at limit 200").getResultList();
        Map<Long, PeopleDirectory.Contact> authors = people.byIds(rows.stream()
                .map(r -> ((Number) r[1]).longValue()).toList());
        return rows.stream().map(r -> {
            long person = ((Number) r[1]).longValue();
            PeopleDirectory.Contact c = authors.get(person);
            return new Sample(((Number) r[0]).longValue(), person, c == null ? null : c.name(), (String) r[2],
                    (String) r[3], (String) r[4], (Instant) r[5]);
        }).toList();
    }
}
