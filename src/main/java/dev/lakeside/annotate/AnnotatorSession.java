package dev.lakeside.annotate;

import dev.lakeside.warehouse.WarehouseException;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * One annotator working through one task: the item on screen, the next one claimed in the
 * background (prefetch), the items labelled so far for going back, and the items skipped.
 * Used from one thread at a time (the UI's); only the prefetch runs elsewhere.
 */
final class AnnotatorSession {

    private final LabellingQueue queue;
    private final AnswerStore answers;
    private final LabelTask task;
    private final String annotator;
    private final Executor executor;
    private final Deque<String> labelled = new ArrayDeque<>();
    private final Deque<Item> steppedBackFrom = new ArrayDeque<>();
    private final Set<String> skipped = new LinkedHashSet<>();
    private Item current;
    private Answer savedAnswer;
    private CompletableFuture<Optional<Item>> prefetched;
    private boolean nextItemFailed;

    AnnotatorSession(LabellingQueue queue, AnswerStore answers, LabelTask task, String annotator, Executor executor) {
        this.queue = queue;
        this.answers = answers;
        this.task = task;
        this.annotator = annotator;
        this.executor = executor;
    }

    /** Looks again for work after the queue ran dry, offering skipped items again too. */
    void restart() {
        skipped.clear();
        start();
    }

    /** Claims the first item and prefetches the next. */
    void start() {
        nextItemFailed = false;
        current = queue.claimNext(task, annotator, excluded()).orElse(null);
        savedAnswer = null;
        prefetch();
    }

    /**
     * True when the last save or skip went through but the next item could not be claimed: the
     * answer is kept, there is just no item on screen until {@link #restart()}.
     */
    boolean nextItemFailed() {
        return nextItemFailed;
    }

    Optional<Item> current() {
        return Optional.ofNullable(current);
    }

    /** The answer already saved for the item on screen, when going back to it. */
    Optional<Answer> savedAnswer() {
        return Optional.ofNullable(savedAnswer);
    }

    LabelTask task() {
        return task;
    }

    String annotator() {
        return annotator;
    }

    boolean canGoBack() {
        return !labelled.isEmpty();
    }

    /**
     * Saves the answer for the item on screen and moves on. If the save throws, nothing moves:
     * the same item and answer stay current, so the caller can retry.
     */
    void submit(Answer answer, Duration taken) {
        if (current == null) {
            throw new IllegalStateException("No item to label");
        }
        answers.save(task, current.key(), annotator, answer, taken);
        labelled.push(current.key());
        skipped.remove(current.key());
        advance();
    }

    /** Passes over the item on screen; a new item's lease is given up for someone else. */
    void skip() {
        if (current == null) {
            return;
        }
        if (savedAnswer != null) {
            labelled.push(current.key());
        } else {
            skipped.add(current.key());
            queue.release(task, current.key(), annotator);
        }
        advance();
    }

    /** Shows the last item labelled, with its saved answer, to change it; false if there is none. */
    boolean back() {
        if (labelled.isEmpty()) {
            return false;
        }
        String key = labelled.pop();
        if (current != null) {
            steppedBackFrom.push(current);
        }
        current = queue.item(task, key).orElseThrow();
        savedAnswer = answers.answerOf(task, key, annotator).orElse(null);
        return true;
    }

    Progress progress() {
        return queue.progress(task, annotator);
    }

    /** Gives up the leases of items shown or prefetched but not labelled. */
    void close() {
        if (prefetched != null) {
            // On the session's executor, which runs as the annotator, not on whichever thread completes the claim.
            prefetched.thenAcceptAsync(item -> item.ifPresent(i -> queue.release(task, i.key(), annotator)), executor);
        }
        if (current != null && savedAnswer == null) {
            queue.release(task, current.key(), annotator);
        }
        steppedBackFrom.forEach(item -> queue.release(task, item.key(), annotator));
    }

    private void advance() {
        try {
            moveOn();
        } catch (WarehouseException e) {
            // The save (if any) is committed already: this must not look like a failed save,
            // or the caller would save the same answer again.
            current = null;
            savedAnswer = null;
            prefetched = CompletableFuture.completedFuture(Optional.empty());
            nextItemFailed = true;
        }
    }

    private void moveOn() {
        nextItemFailed = false;
        if (!steppedBackFrom.isEmpty()) {
            current = steppedBackFrom.pop();
            savedAnswer = answers.answerOf(task, current.key(), annotator).orElse(null);
            return;
        }
        current = takePrefetched();
        savedAnswer = null;
        if (current != null) {
            prefetch();
        }
    }

    private Item takePrefetched() {
        try {
            return prefetched.join().orElse(null);
        } catch (java.util.concurrent.CompletionException e) {
            // The background claim failed (say the warehouse blinked): claim now, in the foreground.
            return queue.claimNext(task, annotator, excluded()).orElse(null);
        }
    }

    private void prefetch() {
        Set<String> exclude = excluded();
        prefetched = current == null ? CompletableFuture.completedFuture(Optional.empty())
                : CompletableFuture.supplyAsync(() -> queue.claimNext(task, annotator, exclude), executor);
    }

    private Set<String> excluded() {
        Set<String> exclude = new LinkedHashSet<>(skipped);
        if (current != null) {
            exclude.add(current.key());
        }
        steppedBackFrom.forEach(item -> exclude.add(item.key()));
        return exclude;
    }
}
