package org.resilib.consult;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.resilib.competency.team.TeamService;
import org.resilib.mail.Outbox;
import org.resilib.people.PeopleDirectory;
import org.resilib.web.DomainException;
import org.resilib.web.Problem;

/**
 * The reference desk: the queue, claiming (exactly one of two librarians claiming at once gets the question, in one
 * conditional update), replies (mailed to the asker), internal notes (never shown or mailed to the asker), waiting
 * for the asker, closing and reopening; every change goes into the question's history.
 */
@ApplicationScoped
public class DeskService {

    /** A question in the queue, with who holds it. */
    public record Queued(Questions.Question question, String assignee, boolean overdue, String team) {
    }

    private final EntityManager em;
    private final Questions questions;
    private final QuestionHistory history;
    private final Outbox outbox;
    private final PeopleDirectory people;
    private final Colleagues colleagues;
    private final ServiceLevels levels;
    private final TeamService teams;

    DeskService(EntityManager em, Questions questions, QuestionHistory history, Outbox outbox,
            PeopleDirectory people, Colleagues colleagues, ServiceLevels levels, TeamService teams) {
        this.teams = teams;
        this.colleagues = colleagues;
        this.levels = levels;
        this.em = em;
        this.questions = questions;
        this.history = history;
        this.outbox = outbox;
        this.people = people;
    }

    /**
     * The queue: questions in a state (all but closed when none is given), of a category, held by someone ("none"
     * for nobody), oldest first; at most 200.
     */
    @Transactional
    public List<Queued> queue(QuestionState state, Category category, Long assignee, boolean unassigned) {
        return queue(state, category, assignee, unassigned, null);
    }

    /** The queue as above; {@code teamsOf} set: only questions handed to a team that person is in. */
    @Transactional
    public List<Queued> queue(QuestionState state, Category category, Long assignee, boolean unassigned,
            Long teamsOf) {
        StringBuilder sql = new StringBuilder("select " + Questions.COLUMNS + " from consult_question where ");
        List<Object> params = new ArrayList<>();
        if (state == null) {
            sql.append("state <> 'closed'");
        } else {
            params.add(state.key());
            sql.append("state = ?").append(params.size());
        }
        if (category != null) {
            params.add(category.key());
            sql.append(" and category = ?").append(params.size());
        }
        if (unassigned) {
            sql.append(" and assignee_id is null");
        } else if (assignee != null) {
            params.add(assignee);
            sql.append(" and assignee_id = ?").append(params.size());
        }
        List<TeamService.TeamView> all = teams.teams();
        if (teamsOf != null) {
            List<Long> mine = all.stream().filter(t -> t.has(teamsOf)).map(TeamService.TeamView::id).toList();
            sql.append(mine.isEmpty() ? " and false" : " and team_id in (" + String.join(", ", mine.stream()
                    .map(String::valueOf).toList()) + ")");
        }
        sql.append(" order by created_at, id limit 200");
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Questions.Question> found = rows.stream().map(Questions::question).toList();
        Map<Long, PeopleDirectory.Contact> holders = people.byIds(found.stream().map(Questions.Question::assigneeId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Instant now = Instant.now();
        Map<Long, String> teamNames = all.stream().collect(Collectors.toMap(TeamService.TeamView::id,
                TeamService.TeamView::name));
        return found.stream().map(q -> new Queued(q, q.assigneeId() == null || !holders.containsKey(q.assigneeId())
                ? null : holders.get(q.assigneeId()).name(), q.overdue(now), q.teamId() == null ? null
                : teamNames.get(q.teamId()))).toList();
    }

    /** Takes the question; 409 naming who has it when another librarian holds it. */
    @Transactional
    public void claim(long id, long librarianId) {
        int taken = em.createNativeQuery("update consult_question set assignee_id = ?2, state = case when state ="
                + " 'new' then 'open' else state end, updated_at = now() where id = ?1 and (assignee_id is null or"
                + " assignee_id = ?2)").setParameter(1, id).setParameter(2, librarianId).executeUpdate();
        if (taken == 0) {
            Questions.Question q = existing(id);
            throw new DomainException(409, "assignee", "consult_error_claimed",
                    List.of(new Problem.FieldError("assignee", "consult_error_claimed",
                            questions.nameOf(q.assigneeId()))));
        }
        history.record(id, librarianId, "claimed", Map.of());
    }

    /** The librarians a question can be handed to, by name (at most 500). */
    public List<PeopleDirectory.Contact> colleagues() {
        return colleagues.all();
    }

    /** Hands the question to a colleague (or back to the queue with null). */
    @Transactional
    public void assign(long id, Long to, long by) {
        Questions.Question q = locked(id);
        if (to != null && !colleagues.isColleague(to)) {
            throw DomainException.badRequest("assignee", "consult_error_assignee");
        }
        em.createNativeQuery("update consult_question set assignee_id = ?2, state = case when state = 'new' and ?2 is"
                + " not null then 'open' else state end, updated_at = now() where id = ?1").setParameter(1, id)
                .setParameter(2, to).executeUpdate();
        history.record(id, by, "assigned", to == null ? Map.of("from", String.valueOf(q.assigneeId()))
                : Map.of("to", to));
    }

    /** The service teams a question can be handed to. */
    public List<TeamService.TeamView> teams() {
        return teams.teams();
    }

    /**
     * Hands the question to a service team: it leaves whoever held it and waits in the team's queue until one of
     * the team takes it. Null takes it off any team.
     */
    @Transactional
    public void assignTeam(long id, Long teamId, long by) {
        locked(id);
        String name = null;
        if (teamId != null) {
            name = teams.teams().stream().filter(t -> t.id() == teamId).map(TeamService.TeamView::name).findFirst()
                    .orElseThrow(() -> DomainException.badRequest("team", "consult_error_team"));
        }
        em.createNativeQuery("update consult_question set team_id = cast(?2 as bigint), assignee_id = case when"
                + " cast(?2 as bigint) is null then assignee_id else null end, updated_at = now() where id = ?1")
                .setParameter(1, id).setParameter(2, teamId).executeUpdate();
        history.record(id, by, "team_assigned", name == null ? Map.of() : Map.of("team", name));
    }

    /**
     * A reply to the asker, mailed to them; the question is answered, or waiting when the librarian asked something
     * back. The replying librarian holds it from then on, unless a colleague already does.
     */
    @Transactional
    public long reply(long id, String text, boolean waiting, long librarianId) {
        Questions.Question q = locked(id);
        String body = body(text);
        long message = ((Number) em.createNativeQuery("insert into consult_message (question_id, from_asker, author_id,"
                + " body) values (?1, false, ?2, ?3) returning id").setParameter(1, id).setParameter(2, librarianId)
                .setParameter(3, body).getSingleResult()).longValue();
        em.createNativeQuery("update consult_question set state = ?2, assignee_id = coalesce(assignee_id, ?3),"
                + " first_response_at = coalesce(first_response_at, now()), updated_at = now(), closed_at = null"
                + " where id = ?1").setParameter(1, id).setParameter(2, waiting ? "waiting" : "answered")
                .setParameter(3, librarianId).executeUpdate();
        levels.pause(id, Instant.now());
        history.record(id, librarianId, waiting ? "asked_back" : "answered", Map.of("from", q.state().key()));
        outbox.enqueue(ConsultMail.ANSWERED, Map.of("question", id, "message", message));
        return message;
    }

    /** A note for colleagues only. */
    @Transactional
    public void note(long id, String text, long librarianId) {
        locked(id);
        em.createNativeQuery("insert into consult_message (question_id, from_asker, author_id, internal, body) values"
                + " (?1, false, ?2, true, ?3)").setParameter(1, id).setParameter(2, librarianId)
                .setParameter(3, body(text)).executeUpdate();
        history.record(id, librarianId, "noted", Map.of());
    }

    /**
     * Merges a duplicate into the question it repeats: its messages join that thread and it is closed, both
     * histories saying so. Only questions of the same asker (account or address), neither a chat going on; 400
     * naming {@code into} otherwise.
     */
    @Transactional
    public void merge(long from, Long into, long librarianId) {
        if (into == null || into == from) {
            throw DomainException.badRequest("into", "consult_error_merge");
        }
        em.createNativeQuery("select id from consult_question where id in (?1, ?2) order by id for update")
                .setParameter(1, from).setParameter(2, into).getResultList();
        Questions.Question dup = existing(from);
        Questions.Question target = questions.byId(into)
                .orElseThrow(() -> DomainException.badRequest("into", "consult_error_merge"));
        boolean sameAsker = dup.personId() != null ? dup.personId().equals(target.personId())
                : dup.email() != null && dup.email().equalsIgnoreCase(target.email());
        if (!sameAsker || dup.chatting() || target.chatting() || Retention.REMOVED.equals(target.subject())) {
            throw DomainException.badRequest("into", "consult_error_merge");
        }
        em.createNativeQuery("update consult_message set question_id = ?2 where question_id = ?1")
                .setParameter(1, from).setParameter(2, into).executeUpdate();
        em.createNativeQuery("update consult_question set state = 'closed', closed_at = now(), updated_at = now()"
                + " where id = ?1").setParameter(1, from).executeUpdate();
        em.createNativeQuery("update consult_question set updated_at = now() where id = ?1").setParameter(1, into)
                .executeUpdate();
        levels.pause(from, Instant.now());
        history.record(from, librarianId, "merged_into", Map.of("question", into));
        history.record(into, librarianId, "merged_from", Map.of("question", from));
    }

    /** Records the READ scale level (1 to 6) of the effort an answered question took; 400 naming it otherwise. */
    @Transactional
    public void readScale(long id, Integer level, long librarianId) {
        if (level == null || level < 1 || level > 6) {
            throw DomainException.badRequest("readScale", "consult_error_read_scale");
        }
        locked(id);
        em.createNativeQuery("update consult_question set read_scale = ?2 where id = ?1").setParameter(1, id)
                .setParameter(2, level).executeUpdate();
        history.record(id, librarianId, "read_scale", Map.of("level", level));
    }

    @Transactional
    public void close(long id, long librarianId) {
        Questions.Question q = locked(id);
        if (q.state() == QuestionState.CLOSED) {
            return;
        }
        em.createNativeQuery("update consult_question set state = 'closed', closed_at = now(), updated_at = now()"
                + " where id = ?1").setParameter(1, id).executeUpdate();
        levels.pause(id, Instant.now());
        history.record(id, librarianId, "closed", Map.of("from", q.state().key()));
    }

    @Transactional
    public void reopen(long id, long librarianId) {
        Questions.Question q = locked(id);
        if (q.state() != QuestionState.CLOSED) {
            return;
        }
        em.createNativeQuery("update consult_question set state = 'open', closed_at = null, updated_at = now()"
                + " where id = ?1").setParameter(1, id).executeUpdate();
        levels.resume(id, Instant.now());
        history.record(id, librarianId, "reopened", Map.of());
    }

    private Questions.Question locked(long id) {
        em.createNativeQuery("select id from consult_question where id = ?1 for update").setParameter(1, id)
                .getResultList();
        return existing(id);
    }

    private Questions.Question existing(long id) {
        return questions.byId(id).orElseThrow(() -> new DomainException(404, null, "consult_not_found_question"));
    }

    /** A message's text, stripped; 400 naming the field when empty or too long. */
    static String body(String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw DomainException.badRequest("body", "consult_error_body");
        }
        if (body.length() > AskService.MAX_BODY) {
            throw DomainException.badRequest("body", "consult_error_too_long");
        }
        return body;
    }
}
