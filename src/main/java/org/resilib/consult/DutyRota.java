package org.resilib.consult;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.resilib.db.SqlTimes;
import org.resilib.people.PeopleDirectory;
import org.resilib.web.DomainException;

/**
 * Who is on duty at the desk when: shifts of librarians, each from a moment to a moment (a 24-hour shift during a
 * declared emergency is one like any other). Overdue questions are mailed to whoever is on duty; chat opens only
 * while someone on duty is online.
 */
@ApplicationScoped
public class DutyRota {

    /** The longest shift the rota takes. */
    static final Duration LONGEST = Duration.ofHours(48);

    /** A shift, with its librarian's name. */
    public record Shift(long id, long personId, String name, Instant start, Instant end) {
    }

    private final EntityManager em;
    private final PeopleDirectory people;
    private final Colleagues colleagues;

    DutyRota(EntityManager em, PeopleDirectory people, Colleagues colleagues) {
        this.em = em;
        this.people = people;
        this.colleagues = colleagues;
    }

    /** The shifts that have not ended by {@code from}, in order (at most 300). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Shift> from(Instant from) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, person_id, starts_at, ends_at from consult_duty where"
                + " ends_at > ?1 order by starts_at, id limit 300").setParameter(1, from).getResultList();
        Map<Long, PeopleDirectory.Contact> names = people.byIds(rows.stream().map(r -> ((Number) r[1]).longValue())
                .collect(Collectors.toSet()));
        return rows.stream().map(r -> {
            long person = ((Number) r[1]).longValue();
            PeopleDirectory.Contact c = names.get(person);
            return new Shift(((Number) r[0]).longValue(), person, c == null ? null : c.name(),
                    SqlTimes.instant(r[2]), SqlTimes.instant(r[3]));
        }).toList();
    }

    /** The librarians on duty at the moment. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> onDuty(Instant at) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("select distinct person_id from consult_duty where starts_at <= ?1"
                + " and ends_at > ?1").setParameter(1, at).getResultList();
        return rows.stream().map(Number::longValue).collect(Collectors.toSet());
    }

    @Transactional
    public long add(long personId, Instant start, Instant end, long by) {
        if (!colleagues.isColleague(personId)) {
            throw DomainException.badRequest("person", "consult_error_assignee");
        }
        if (start == null) {
            throw DomainException.badRequest("start", "consult_error_shift");
        }
        if (end == null || !end.isAfter(start) || Duration.between(start, end).compareTo(LONGEST) > 0) {
            throw DomainException.badRequest("end", "consult_error_shift");
        }
        return ((Number) em.createNativeQuery("insert into consult_duty (person_id, starts_at, ends_at, created_by)"
                + " values (?1, ?2, ?3, ?4) returning id").setParameter(1, personId).setParameter(2, start)
                .setParameter(3, end).setParameter(4, by).getSingleResult()).longValue();
    }

    @Transactional
    public void remove(long id) {
        em.createNativeQuery("delete from consult_duty where id = ?1").setParameter(1, id).executeUpdate();
    }
}
