package dev.lakeside.jobs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** The latest runs started from this app, in memory, newest first; the audit log keeps them for good. */
final class RunHistory {

    private final int capacity;
    private final Deque<JobRun> runs = new ArrayDeque<>();

    RunHistory(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(JobRun run) {
        runs.addFirst(run);
        while (runs.size() > capacity) {
            runs.removeLast();
        }
    }

    synchronized void replace(JobRun run) {
        List<JobRun> copy = List.copyOf(runs);
        runs.clear();
        copy.forEach(r -> runs.addLast(r.runId().equals(run.runId()) ? run : r));
    }

    synchronized Optional<JobRun> find(String runId) {
        return runs.stream().filter(r -> r.runId().equals(runId)).findFirst();
    }

    synchronized List<JobRun> newestFirst() {
        return List.copyOf(runs);
    }
}
