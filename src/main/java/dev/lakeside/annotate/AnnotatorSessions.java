package dev.lakeside.annotate;

import dev.lakeside.identity.CurrentUser;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Opens annotator sessions and runs their prefetches on virtual threads. */
@Component
class AnnotatorSessions implements DisposableBean {

    private final LabellingQueue queue;
    private final AnswerStore answers;
    private final CurrentUser currentUser;
    private final ExecutorService prefetches = Executors.newVirtualThreadPerTaskExecutor();

    AnnotatorSessions(LabellingQueue queue, AnswerStore answers, CurrentUser currentUser) {
        this.queue = queue;
        this.answers = answers;
        this.currentUser = currentUser;
    }

    /** A started session: its first item is claimed and the next is being prefetched. */
    AnnotatorSession open(LabelTask task, String annotator) {
        AnnotatorSession session = new AnnotatorSession(queue, answers, task, annotator,
                // Prefetch and release run off the UI thread: as the user who opened the session.
                currentUser.as(prefetches));
        session.start();
        return session;
    }

    @Override
    public void destroy() {
        prefetches.shutdownNow();
    }
}
