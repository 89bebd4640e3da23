package dev.lakeside.chat;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** BM25 retrieval over real and small passages: the relevant one must come first. */
class PassageIndexTest {

    private static final PassageIndex DOCS = new PassageIndex(DocsPassages.read(Path.of("docs")));

    @Test
    void projectDocs_agreementQuestion_annotationDocRanksFirst() {
        List<PassageIndex.Hit> hits = DOCS.search("How do I measure agreement between annotators with Cohen's kappa?", 3);

        assertThat(hits).isNotEmpty();
        assertThat(hits.getFirst().passage().source()).startsWith("docs/annotate.md");
    }

    @Test
    void projectDocs_cacheLifetimeQuestion_configurationCacheSectionRanksFirst() {
        List<PassageIndex.Hit> hits = DOCS.search("how long does a cached query result stay fresh", 3);

        assertThat(hits.getFirst().passage().source()).isEqualTo("docs/configuration.md § Query cache (lakeside.cache)");
    }

    @Test
    void smallCorpus_stemmedWords_relevantPassageFirstAndScoresDescending() {
        PassageIndex index = new PassageIndex(List.of(
                new Passage("a", "Sales", "Revenue per week and by product on the sales dashboard."),
                new Passage("b", "Taxi", "Pickups of taxis are aggregated into a density map."),
                new Passage("c", "Sensors", "The sensor readings stream into bronze every second.")));

        List<PassageIndex.Hit> hits = index.search("Where is the taxi pickup map?", 3);

        assertThat(hits).extracting(h -> h.passage().source()).first().isEqualTo("b");
        assertThat(hits).extracting(PassageIndex.Hit::score).isSortedAccordingTo((x, y) -> Float.compare(y, x));
    }

    @Test
    void noWordOfTheQuestionOccurs_nothingIsFound() {
        assertThat(DOCS.search("zyxwvut qqqqq", 3)).isEmpty();
        assertThat(DOCS.search("the and of", 3)).isEmpty();
    }

    @Test
    void cut_sectionsByHeading_ignoringHashesInCodeBlocks() {
        List<Passage> passages = DocsPassages.cut("docs/x.md", """
                # Title
                Intro text.
                ## Install
                ```bash
                # not a heading
                mvn package
                ```
                ## Run
                Start it.
                """);

        assertThat(passages).extracting(Passage::source).containsExactly("docs/x.md", "docs/x.md § Install", "docs/x.md § Run");
        assertThat(passages.get(1).title()).isEqualTo("Title › Install");
        assertThat(passages.get(1).text()).contains("# not a heading");
    }
}
