package dev.lakeside.annotate;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Opens annotator sessions and runs their prefetches on virtual threads. */
@Component
class AnnotatorSessions implements DisposableBean {

    private final LabellingQueue queue;
    private final AnswerStore answers;
    private final ExecutorService prefetches = Executors.newVirtualThreadPerTaskExecutor();

    AnnotatorSessions(LabellingQueue queue, AnswerStore answers) {
        this.queue = queue;
        this.answers = answers;
    }

    /** A started session: its first item is claimed and the next is being prefetched. */
    AnnotatorSession open(LabelTask task, String annotator) {
        AnnotatorSession session = new AnnotatorSession(queue, answers, task, annotator, prefetches);
        session.start();
        return session;
    }

    @Override
    public void destroy() {
        prefetches.shutdownNow();
    }
}
