package org.resilib.consult;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.resilib.db.ChangeFeed;
import org.resilib.identity.Viewer;
import org.resilib.upload.Upload;
import org.resilib.web.DomainException;

/**
 * Live chat. A chat is a question of the chat channel: it waits for a librarian, one accepts it (two at once: one
 * gets it, in one conditional update), both write, and its thread is the transcript. It starts only while chat is
 * open (someone on duty online), so nobody waits for an answer that cannot come; it is handed back to the queue as a
 * question when its librarian goes offline, or when it waits and nobody is left to take it. The asker keeps the
 * question's page either way.
 */
@ApplicationScoped
public class ChatService {

    /** How long a chat may wait while nobody on duty is online before it becomes a question. */
    static final Duration UNANSWERED_AFTER = Duration.ofSeconds(20);

    private final EntityManager em;
    private final AskService ask;
    private final Questions questions;
    private final QuestionHistory history;
    private final Presence presence;
    private final ServiceLevels levels;
    private final ChangeFeed feed;

    ChatService(EntityManager em, AskService ask, Questions questions, QuestionHistory history, Presence presence,
            ServiceLevels levels, ChangeFeed feed) {
        this.feed = feed;
        this.em = em;
        this.ask = ask;
        this.questions = questions;
        this.history = history;
        this.presence = presence;
        this.levels = levels;
    }

    /** Starts a chat; 409 {@code consult_chat_closed} when nobody on duty is online (the caller offers the form). */
    @Transactional
    public AskService.Asked start(AskService.AskForm form, Upload attachment, Viewer viewer, Locale language) {
        if (!presence.chatOpen()) {
            throw new DomainException(409, null, "consult_chat_closed");
        }
        AskService.Asked asked = ask.ask(form, attachment, viewer, language, "chat");
        announce(asked.id());
        return asked;
    }

    /** The chats waiting for a librarian, and those this librarian holds, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Questions.Question> chats(long librarianId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + Questions.COLUMNS + " from consult_question where"
                + " chat_state = 'waiting' or (chat_state = 'active' and assignee_id = ?1) order by created_at, id"
                + " limit 100").setParameter(1, librarianId).getResultList();
        return rows.stream().map(Questions::question).toList();
    }

    /** How many chats wait for a librarian. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long waiting() {
        return ((Number) em.createNativeQuery("select count(*) from consult_question where chat_state = 'waiting'")
                .getSingleResult()).longValue();
    }

    /** Takes a waiting chat; 409 when a colleague took it first or it is no longer waiting. */
    @Transactional
    public void accept(long id, long librarianId) {
        int taken = em.createNativeQuery("update consult_question set chat_state = 'active', assignee_id = ?2, state ="
                + " 'open', updated_at = now() where id = ?1 and chat_state = 'waiting'").setParameter(1, id)
                .setParameter(2, librarianId).executeUpdate();
        if (taken == 0) {
            Questions.Question q = questions.byId(id)
                    .orElseThrow(() -> new DomainException(404, null, "consult_not_found_question"));
            if (!("active".equals(q.chatState()) && Long.valueOf(librarianId).equals(q.assigneeId()))) {
                throw DomainException.conflict("chat", "consult_chat_taken");
            }
            return;
        }
        history.record(id, librarianId, "chat_accepted", Map.of());
        announce(id);
    }

    /** The asker writes in their chat (while it goes on; after, the question's page takes replies). */
    @Transactional
    public void askerSays(long id, String token, Viewer viewer, String text) {
        Questions.Question q = locked(id);
        if (!AskService.mayRead(q, token, viewer)) {
            throw new DomainException(404, null, "consult_not_found_question");
        }
        if (!q.chatting()) {
            throw DomainException.conflict("body", "consult_chat_ended");
        }
        em.createNativeQuery("insert into consult_message (question_id, from_asker, author_id, body) values (?1, true,"
                + " ?2, ?3)").setParameter(1, id).setParameter(2, q.personId()).setParameter(3, DeskService.body(text))
                .executeUpdate();
        em.createNativeQuery("update consult_question set updated_at = now() where id = ?1").setParameter(1, id)
                .executeUpdate();
        announce(id);
    }

    /** The librarian holding the chat writes; the first time is the question's first response. */
    @Transactional
    public void librarianSays(long id, long librarianId, String text) {
        Questions.Question q = locked(id);
        if (!"active".equals(q.chatState()) || !Long.valueOf(librarianId).equals(q.assigneeId())) {
            throw DomainException.conflict("chat", "consult_chat_not_yours");
        }
        em.createNativeQuery("insert into consult_message (question_id, from_asker, author_id, body) values (?1, false,"
                + " ?2, ?3)").setParameter(1, id).setParameter(2, librarianId).setParameter(3, DeskService.body(text))
                .executeUpdate();
        em.createNativeQuery("update consult_question set first_response_at = coalesce(first_response_at, now()),"
                + " updated_at = now() where id = ?1").setParameter(1, id).executeUpdate();
        announce(id);
    }

    /** The librarian ends the chat: answered when they wrote anything, else back in the queue. */
    @Transactional
    public void end(long id, long librarianId) {
        Questions.Question q = locked(id);
        if (!q.chatting()) {
            return;
        }
        boolean answered = q.firstResponseAt() != null || q.state() == QuestionState.ANSWERED;
        em.createNativeQuery("update consult_question set chat_state = 'ended', state = ?2, updated_at = now()"
                + " where id = ?1").setParameter(1, id).setParameter(2, answered ? "answered" : "new").executeUpdate();
        if (answered) {
            levels.pause(id, Instant.now());
        }
        history.record(id, librarianId, "chat_ended", Map.of());
        announce(id);
    }

    /**
     * Hands chats back to the queue: those whose librarian is offline, and those waiting while nobody on duty is
     * online (after {@link #UNANSWERED_AFTER}, so that a librarian's page reloading does not end them). The
     * conditional updates make each hand-back happen once whichever instances run this.
     */
    public int handBack() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> orphaned = em.createNativeQuery("update consult_question q set chat_state = 'ended',"
                    + " assignee_id = null, state = case when first_response_at is null then 'new' else 'open' end,"
                    + " updated_at = now() where chat_state = 'active' and not exists (select 1 from consult_presence"
                    + " p where p.person_id = q.assignee_id and p.seen_at > now() - cast(?1 as interval)) returning"
                    + " id").setParameter(1, Presence.TIMEOUT.toSeconds() + " seconds").getResultList();
            orphaned.forEach(id -> {
                history.record(id.longValue(), null, "chat_handed_back", Map.of());
                announce(id.longValue());
            });
            int count = orphaned.size();
            if (!presence.chatOpen()) {
                @SuppressWarnings("unchecked")
                List<Number> unanswered = em.createNativeQuery("update consult_question set chat_state = 'ended',"
                        + " updated_at = now() where chat_state = 'waiting' and updated_at < now() - cast(?1 as"
                        + " interval) returning id").setParameter(1, UNANSWERED_AFTER.toSeconds() + " seconds")
                        .getResultList();
                unanswered.forEach(id -> {
                    history.record(id.longValue(), null, "chat_unanswered", Map.of());
                    announce(id.longValue());
                });
                count += unanswered.size();
            }
            return count;
        });
    }

    /** This instance's watchers hear of the change as soon as it commits (the others by the database's notice). */
    private void announce(long id) {
        feed.afterCommit(ChatHub.CHANNEL, String.valueOf(id));
    }

    @Scheduled(every = "${resilib.consult.chat-check:10s}", delayed = "15s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        handBack();
    }

    private Questions.Question locked(long id) {
        em.createNativeQuery("select id from consult_question where id = ?1 for update").setParameter(1, id)
                .getResultList();
        return questions.byId(id).orElseThrow(() -> new DomainException(404, null, "consult_not_found_question"));
    }
}
