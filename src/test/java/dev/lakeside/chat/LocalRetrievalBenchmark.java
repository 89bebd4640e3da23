package dev.lakeside.chat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time to build the local chat's index and to search it: over the project docs alone, and over the
 * docs plus 10,000 review-sized passages (the size of the full demo's silver.reviews). Not part of the
 * normal build; run {@code mvn -q test -Dtest=LocalRetrievalBenchmark -DexcludedGroups=none}.
 * Figures go to target/chat-benchmark.txt.
 */
@Tag("benchmark")
class LocalRetrievalBenchmark {

    private static final List<String> QUESTIONS = List.of("How long does a cached query result stay fresh?",
            "How do I add a tool?", "Which reviews complain that delivery took weeks?",
            "How do I measure agreement between annotators with Cohen's kappa?",
            "What does identity mode user change?", "Where does the taxi pickup density map come from?");
    private static final String[] WORDS = ("delivery quality monitor laptop keyboard helmet sweater price broken "
            + "gift family packaging instructions colour photos service emails returning weeks damaged solid").split(" ");

    @Test
    void buildAndSearch() throws IOException {
        List<Passage> docs = DocsPassages.read(Path.of("docs"));
        List<Passage> withReviews = new ArrayList<>(docs);
        for (int i = 0; i < 10_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 14; w++) {
                text.append(WORDS[(i * 7 + w * 13 + i / 3) % WORDS.length]).append(' ');
            }
            withReviews.add(new Passage("silver.reviews #" + i, "Review " + i, text.toString()));
        }
        String report = measure("docs only", docs) + measure("docs + 10,000 reviews", withReviews);
        Files.writeString(Path.of("target", "chat-benchmark.txt"), report);
        assertThat(report).contains("median");
    }

    private static String measure(String name, List<Passage> passages) {
        long[] builds = new long[5];
        PassageIndex index = null;
        for (int i = 0; i < builds.length; i++) {
            long start = System.nanoTime();
            index = new PassageIndex(passages);
            builds[i] = System.nanoTime() - start;
        }
        for (int i = 0; i < 200; i++) {
            index.search(QUESTIONS.get(i % QUESTIONS.size()), 3);
        }
        long[] searches = new long[1200];
        for (int i = 0; i < searches.length; i++) {
            long start = System.nanoTime();
            index.search(QUESTIONS.get(i % QUESTIONS.size()), 3);
            searches[i] = System.nanoTime() - start;
        }
        Arrays.sort(builds);
        Arrays.sort(searches);
        return String.format(Locale.ROOT, "%s: %d passages, build median %.1f ms (of 5), search median %.3f ms, p95 %.3f ms (of %d)%n",
                name, passages.size(), builds[2] / 1e6, searches[searches.length / 2] / 1e6,
                searches[searches.length * 95 / 100] / 1e6, searches.length);
    }
}
