package dev.lakeside.chat;

import dev.lakeside.identity.CurrentUser;
import dev.lakeside.identity.UserIdentity;
import dev.lakeside.warehouse.WarehouseException;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The chat's rules: each signed-in user has one conversation ({@link Conversations}); a question is
 * answered on a virtual thread as the user who asked (their credential in identity mode user), with
 * the conversation so far as context; the answer streams to a {@link Listener}; Stop ends it at once
 * and keeps what had arrived, marked as stopped.
 */
@Service
class ChatService {

    static final String STOPPED_MARK = "*(Stopped.)*";
    /** Questions are kept in memory and resent with every later question: a page of text at most. */
    static final int MAX_QUESTION_CHARS = 4000;
    private static final Logger log = LoggerFactory.getLogger(ChatService.class);

    /** Receives one answer; called on a background thread. */
    interface Listener {
        void text(String piece);

        void done(Answer answer, boolean stopped);

        void failed(String userMessage);
    }

    private final AnswerSource source;
    private final Conversations conversations;
    private final CurrentUser currentUser;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    ChatService(AnswerSource source, Conversations conversations, CurrentUser currentUser) {
        this.source = source;
        this.conversations = conversations;
        this.currentUser = currentUser;
    }

    String label() {
        return source.label();
    }

    boolean local() {
        return source.local();
    }

    /** The signed-in user's conversation, oldest first. */
    List<ChatTurn> history() {
        return conversations.of(currentUser.get().userId());
    }

    void newConversation() {
        conversations.clear(currentUser.get().userId());
    }

    /**
     * Call on the request thread: the question is the signed-in user's, and so is the answer.
     *
     * @throws IllegalArgumentException with a message for the user when the question is empty or too long
     */
    RunningAnswer ask(String question, Listener listener) {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("A question must not be empty");
        }
        if (question.strip().length() > MAX_QUESTION_CHARS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "Questions may be at most %,d characters; "
                    + "this one has %,d. Shorten it and ask again.", MAX_QUESTION_CHARS, question.strip().length()));
        }
        UserIdentity user = currentUser.get();
        conversations.add(user.userId(), ChatTurn.user(question.strip()));
        RunningAnswer running = new RunningAnswer(user.userId(), listener);
        List<ChatTurn> context = conversations.of(user.userId());
        running.future = executor.submit(() -> CurrentUser.runAs(user, () -> running.produce(context)));
        return running;
    }

    /** One answer being produced; {@link #stop()} ends it. */
    final class RunningAnswer {

        private final String userId;
        private final Listener listener;
        private final StringBuilder streamed = new StringBuilder();
        private final AtomicBoolean finished = new AtomicBoolean();
        private volatile Future<?> future;

        private RunningAnswer(String userId, Listener listener) {
            this.userId = userId;
            this.listener = listener;
        }

        /** Stops the answer: what arrived so far is kept, marked as stopped; nothing more arrives. */
        void stop() {
            if (finished.compareAndSet(false, true)) {
                Future<?> running = future;
                if (running != null) {
                    running.cancel(true);
                }
                Answer partial;
                synchronized (streamed) {
                    partial = new Answer(streamed.toString().strip() + "\n\n" + STOPPED_MARK, List.of());
                }
                conversations.add(userId, ChatTurn.answer(partial));
                listener.done(partial, true);
            }
        }

        private void produce(List<ChatTurn> context) {
            try {
                Answer answer = source.answer(context, new AnswerStream() {
                    @Override
                    public void append(String text) {
                        synchronized (streamed) {
                            if (finished.get()) {
                                return;
                            }
                            streamed.append(text);
                            // Under the lock, so that no piece can reach the listener after stop()'s done.
                            listener.text(text);
                        }
                    }

                    @Override
                    public boolean stopped() {
                        return finished.get();
                    }
                });
                if (finished.compareAndSet(false, true)) {
                    conversations.add(userId, ChatTurn.answer(answer));
                    listener.done(answer, false);
                }
            } catch (WarehouseException e) {
                fail(e.userMessage(), e);
            } catch (RuntimeException e) {
                fail("The answer failed unexpectedly. Try again.", e);
            }
        }

        private void fail(String userMessage, Exception e) {
            if (finished.compareAndSet(false, true)) {
                log.warn("Chat answer failed for {}: {}", userId, e.toString());
                listener.failed(userMessage);
            }
        }
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
