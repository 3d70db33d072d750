package org.resilib.consult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.resilib.db.ChangeFeed;

/**
 * Pushes chats to the people watching them, on every instance. Each open chat page and each open desk holds a
 * server-sent-event stream to the instance that served it; the database announces every chat message and change on
 * {@code consult_chat} (V39), and each instance reads what is new for its own watchers and sends it. Every
 * {@link Presence#REFRESH} the streams get a heartbeat (which also finds streams whose reader went away), the
 * librarians with a desk open here are marked online, and every watched chat is read again in case a notification
 * was lost. A desk stream that closes takes its librarian offline on this instance, and their chats are handed back
 * when they are nowhere else online.
 */
@ApplicationScoped
public class ChatHub implements ChangeFeed.Subscriber {

    private static final Logger LOG = Logger.getLogger(ChatHub.class);
    static final String CHANNEL = "consult_chat";
    /** How long a librarian's last desk stream may be closed before they count as gone. */
    static final Duration LEAVING = Duration.ofSeconds(5);

    /** A chat page's stream: the last message it was sent and the state it last showed. */
    private static final class Watcher {
        final long question;
        final Sse sse;
        final MultiEmitter<? super OutboundSseEvent> emitter;
        long lastMessage;
        String lastState = "";

        Watcher(long question, long after, Sse sse, MultiEmitter<? super OutboundSseEvent> emitter) {
            this.question = question;
            this.lastMessage = after;
            this.sse = sse;
            this.emitter = emitter;
        }
    }

    /** A desk's stream, for one librarian. */
    private static final class Desk {
        final long librarian;
        final Sse sse;
        final MultiEmitter<? super OutboundSseEvent> emitter;

        Desk(long librarian, Sse sse, MultiEmitter<? super OutboundSseEvent> emitter) {
            this.librarian = librarian;
            this.sse = sse;
            this.emitter = emitter;
        }
    }

    private final Map<Long, Set<Watcher>> watchers = new ConcurrentHashMap<>();
    private final Set<Desk> desks = ConcurrentHashMap.newKeySet();
    private final Questions questions;
    private final Presence presence;
    private final ChatService chat;
    private final ObjectMapper json;
    /** Its own threads: work handed over from a committing transaction must not inherit that transaction. */
    private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "resilib-chat-hub");
        t.setDaemon(true);
        return t;
    });

    ChatHub(Questions questions, Presence presence, ChatService chat, ObjectMapper json) {
        this.questions = questions;
        this.presence = presence;
        this.chat = chat;
        this.json = json;
    }

    /** The stream of one chat for its page: every message after {@code after}, then each new one and each change. */
    public Multi<OutboundSseEvent> watch(long question, long after, Sse sse) {
        return Multi.createFrom().emitter(emitter -> {
            Watcher w = new Watcher(question, after, sse, emitter);
            watchers.computeIfAbsent(question, q -> ConcurrentHashMap.newKeySet()).add(w);
            emitter.onTermination(() -> {
                Set<Watcher> set = watchers.get(question);
                if (set != null) {
                    set.remove(w);
                    watchers.computeIfPresent(question, (q, s) -> s.isEmpty() ? null : s);
                }
            });
            executor.execute(() -> push(question));
        });
    }

    /** The desk's stream of a librarian: how many chats wait, now and at each change; online while it lasts. */
    public Multi<OutboundSseEvent> desk(long librarian, Sse sse) {
        presence.here(List.of(librarian));
        return Multi.createFrom().emitter(emitter -> {
            Desk d = new Desk(librarian, sse, emitter);
            desks.add(d);
            emitter.onTermination(() -> {
                desks.remove(d);
                // Going from one desk page to the next closes one stream before the next opens: the librarian is
                // offline only when no desk of theirs is back here after a moment.
                executor.schedule(() -> {
                    if (desks.stream().noneMatch(x -> x.librarian == librarian)) {
                        presence.gone(librarian);
                        chat.handBack();
                    }
                }, LEAVING.toMillis(), TimeUnit.MILLISECONDS);
            });
            executor.execute(() -> pushDesks(Optional.empty()));
        });
    }

    void stop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }

    @Override
    public String channel() {
        return CHANNEL;
    }

    @Override
    public void notified(String payload) {
        long question;
        try {
            question = Long.parseLong(payload);
        } catch (NumberFormatException e) {
            return;
        }
        executor.execute(() -> {
            push(question);
            pushDesks(Optional.empty());
        });
    }

    @Override
    public void missed() {
        executor.execute(this::pushAll);
    }

    @Scheduled(every = "10s", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        Set<Long> here = desks.stream().map(d -> d.librarian).collect(Collectors.toSet());
        presence.here(here);
        pushAll();
    }

    private void pushAll() {
        watchers.keySet().forEach(this::push);
        pushDesks(Optional.of("ping"));
    }

    /** Sends the chat's watchers here what they have not seen. */
    void push(long question) {
        Set<Watcher> set = watchers.get(question);
        if (set == null || set.isEmpty()) {
            return;
        }
        try {
            record Now(Questions.Question question, List<Questions.Message> thread, String librarian) {
            }
            Now now = QuarkusTransaction.requiringNew().call(() -> questions.byId(question)
                    .map(q -> new Now(q, questions.thread(question, false), questions.nameOf(q.assigneeId())))
                    .orElse(null));
            if (now == null) {
                return;
            }
            Questions.Question q = now.question();
            Map<String, Object> state = new LinkedHashMap<>();
            state.put("chat", q.chatState() == null ? "ended" : q.chatState());
            state.put("state", q.state().key());
            state.put("librarian", now.librarian());
            String stateJson = write(state);
            for (Watcher w : set) {
                synchronized (w) {
                    for (Questions.Message m : now.thread()) {
                        if (m.id() > w.lastMessage) {
                            Map<String, Object> out = new LinkedHashMap<>();
                            out.put("id", m.id());
                            out.put("fromAsker", m.fromAsker());
                            out.put("author", m.author());
                            out.put("body", m.body());
                            out.put("at", m.at().toString());
                            w.emitter.emit(w.sse.newEventBuilder().name("message").id(String.valueOf(m.id()))
                                    .data(write(out)).build());
                            w.lastMessage = m.id();
                        }
                    }
                    if (!stateJson.equals(w.lastState)) {
                        w.emitter.emit(w.sse.newEventBuilder().name("state").data(stateJson).build());
                        w.lastState = stateJson;
                    } else {
                        w.emitter.emit(w.sse.newEventBuilder().name("ping").data("").build());
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not push chat %d", question);
        }
    }

    /** Tells the desks here how many chats wait (or only that the stream lives, for a heartbeat). */
    private void pushDesks(Optional<String> heartbeat) {
        if (desks.isEmpty()) {
            return;
        }
        try {
            long waiting = QuarkusTransaction.requiringNew().call(chat::waiting);
            String data = write(Map.of("waiting", waiting));
            for (Desk d : desks) {
                synchronized (d) {
                    d.emitter.emit(d.sse.newEventBuilder().name(heartbeat.orElse("chats")).data(data).build());
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not tell the desks about waiting chats", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
