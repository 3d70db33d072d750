package org.resilib.consult;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.resilib.db.SqlTimes;
import org.resilib.people.PeopleDirectory;

/**
 * Reads questions and their threads for the asker's page and the desk. The asker's reading never holds internal
 * notes: the filter is in the statement, so no page, mail or API that reads through {@link #thread(long, boolean)}
 * with {@code withNotes = false} can show one.
 */
@ApplicationScoped
public class Questions {

    /** A question as kept. */
    public record Question(long id, String token, Long personId, String email, String name, String language,
            Category category, String channel, String subject, QuestionState state, Long assigneeId,
            Instant createdAt, Instant updatedAt, Instant firstResponseAt, Instant closedAt, Instant firstDueAt,
            Instant resolveDueAt, Instant pausedAt, Integer readScale, String chatState, Long teamId) {

        /** Whether this is a chat still going on (waiting for a librarian or with one). */
        public boolean chatting() {
            return "waiting".equals(chatState) || "active".equals(chatState);
        }

        /**
         * Whether a target has passed at {@code now}: the first response not given by its due moment, or the
         * question not resolved by its own, counting only while it is new or open (the clock is paused otherwise).
         */
        public boolean overdue(Instant now) {
            if ((state != QuestionState.NEW && state != QuestionState.OPEN) || pausedAt != null) {
                return false;
            }
            return firstResponseAt == null && firstDueAt != null && !firstDueAt.isAfter(now)
                    || resolveDueAt != null && !resolveDueAt.isAfter(now);
        }

        /** The next due moment while the clock runs: the first response's until it is given, then resolution's. */
        public Instant dueAt() {
            if ((state != QuestionState.NEW && state != QuestionState.OPEN) || pausedAt != null) {
                return null;
            }
            return firstResponseAt == null && firstDueAt != null ? firstDueAt : resolveDueAt;
        }
    }

    /** A message of a thread; {@code author} is a staff member's name, null for the asker. */
    public record Message(long id, boolean fromAsker, String author, boolean internal, String body, Instant at) {
    }

    /** One change in a question's history. */
    public record Event(Instant at, String actor, String kind, Map<String, Object> detail) {
        /** The message naming the change. */
        public String kindKey() {
            return "consult_event_" + kind;
        }
    }

    private final EntityManager em;
    private final PeopleDirectory people;

    Questions(EntityManager em, PeopleDirectory people) {
        this.em = em;
        this.people = people;
    }

    static final String COLUMNS = "id, token, person_id, email, name, language, category, channel, subject, state,"
            + " assignee_id, created_at, updated_at, first_response_at, closed_at, first_due_at, resolve_due_at,"
            + " paused_at, read_scale, chat_state, team_id";

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Question> byId(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from consult_question where id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(Questions::question);
    }

    /** The thread in order; internal notes only when {@code withNotes}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Message> thread(long questionId, boolean withNotes) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, from_asker, author_id, internal, body, created_at"
                + " from consult_message where question_id = ?1" + (withNotes ? "" : " and not internal")
                + " order by id").setParameter(1, questionId).getResultList();
        Map<Long, PeopleDirectory.Contact> authors = people.byIds(rows.stream().filter(r -> r[2] != null)
                .map(r -> ((Number) r[2]).longValue()).collect(Collectors.toSet()));
        return rows.stream().map(r -> new Message(((Number) r[0]).longValue(), Boolean.TRUE.equals(r[1]),
                r[2] == null || !authors.containsKey(((Number) r[2]).longValue()) ? null
                        : authors.get(((Number) r[2]).longValue()).name(), Boolean.TRUE.equals(r[3]),
                (String) r[4], SqlTimes.instant(r[5]))).toList();
    }

    /** A signed-in person's questions, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Question> of(long personId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from consult_question where person_id ="
                + " ?1 order by created_at desc limit 200").setParameter(1, personId).getResultList();
        return rows.stream().map(Questions::question).toList();
    }

    /** The questions from an address (mail and visitors' questions), oldest first; at most 200. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Question> byEmail(String email) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from consult_question where lower(email) ="
                + " lower(?1) order by created_at, id limit 200").setParameter(1, email).getResultList();
        return rows.stream().map(Questions::question).toList();
    }

    public String nameOf(Long personId) {
        return personId == null ? null : people.name(personId);
    }

    public static Question question(Object[] r) {
        return new Question(((Number) r[0]).longValue(), (String) r[1], r[2] == null ? null : ((Number) r[2])
                .longValue(), (String) r[3], (String) r[4], (String) r[5], Category.fromKey((String) r[6])
                .orElse(Category.OTHER), (String) r[7], (String) r[8], QuestionState.fromKey((String) r[9])
                .orElse(QuestionState.NEW), r[10] == null ? null : ((Number) r[10]).longValue(), SqlTimes.instant(r[11]),
                SqlTimes.instant(r[12]), SqlTimes.instant(r[13]), SqlTimes.instant(r[14]), SqlTimes.instant(r[15]),
                SqlTimes.instant(r[16]), SqlTimes.instant(r[17]), r[18] == null ? null : ((Number) r[18]).intValue(),
                (String) r[19], r[20] == null ? null : ((Number) r[20]).longValue());
    }
}
