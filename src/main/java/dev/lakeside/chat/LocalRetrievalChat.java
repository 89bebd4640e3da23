package dev.lakeside.chat;

import dev.lakeside.warehouse.Warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The chat without a model: BM25 retrieval ({@link PassageIndex}) over the project's documents and the
 * demo reviews. The answer is extractive: the best passages, quoted, with where they come from and
 * their scores, clearly labelled as local retrieval. It streams in small pieces like a model would,
 * so the view's streaming and Stop are exercised locally too. The index is built on first use.
 */
final class LocalRetrievalChat implements AnswerSource {

    static final String LABEL = "Local retrieval, no language model";
    private static final int QUOTE_CHARS = 700;

    private final Warehouse warehouse;
    private final ChatProperties.Local settings;
    private volatile PassageIndex index;

    LocalRetrievalChat(Warehouse warehouse, ChatProperties.Local settings) {
        this.warehouse = warehouse;
        this.settings = settings;
    }

    @Override
    public String label() {
        return LABEL + ": BM25 over the project documents and the demo reviews";
    }

    @Override
    public boolean local() {
        return true;
    }

    @Override
    public Answer answer(List<ChatTurn> conversation, AnswerStream stream) {
        String question = conversation.isEmpty() ? "" : conversation.getLast().text();
        List<PassageIndex.Hit> hits = index().search(question, settings.passages());
        String text = compose(hits);
        StringBuilder sent = new StringBuilder();
        for (String piece : pieces(text)) {
            if (stream.stopped() || !pause()) {
                break;
            }
            stream.append(piece);
            sent.append(piece);
        }
        List<Citation> citations = hits.stream()
                .map(hit -> new Citation(hit.passage().source(), documentTitle(hit.passage()), (double) hit.score())).toList();
        return new Answer(sent.toString(), citations);
    }

    PassageIndex index() {
        PassageIndex built = index;
        if (built == null) {
            synchronized (this) {
                if (index == null) {
                    List<Passage> passages = new ArrayList<>(DocsPassages.read(settings.docsDir()));
                    passages.addAll(ReviewPassages.read(warehouse, settings.reviews()));
                    index = new PassageIndex(passages);
                }
                built = index;
            }
        }
        return built;
    }

    /** "Annotation workbench" of "Annotation workbench › Measured": the source already names the section. */
    private static String documentTitle(Passage passage) {
        int section = passage.title().indexOf(" › ");
        return section < 0 ? passage.title() : passage.title().substring(0, section);
    }

    static String compose(List<PassageIndex.Hit> hits) {
        StringBuilder text = new StringBuilder("*" + LABEL + ".* ");
        if (hits.isEmpty()) {
            return text.append("Nothing in the indexed documents or reviews matches your question. "
                    + "Try other words, such as the name of a tool or a setting.").toString();
        }
        text.append("These passages match your question best (BM25 over the project documents and the demo reviews):\n\n");
        for (int i = 0; i < hits.size(); i++) {
            PassageIndex.Hit hit = hits.get(i);
            text.append("**").append(i + 1).append(". ").append(SafeMarkdown.escape(hit.passage().title()))
                    .append("** · score ").append(String.format(Locale.ROOT, "%.2f", hit.score())).append("\n\n");
            for (String line : quote(hit.passage().text()).split("\n")) {
                text.append("> ").append(line).append('\n');
            }
            text.append('\n');
        }
        return text.toString().strip();
    }

    /** Whole paragraphs up to about {@link #QUOTE_CHARS}, so tables and lists are not cut in half. */
    private static String quote(String passage) {
        if (passage.length() <= QUOTE_CHARS) {
            return passage;
        }
        StringBuilder quoted = new StringBuilder();
        for (String paragraph : passage.split("\n\\s*\n")) {
            if (quoted.length() + paragraph.length() > QUOTE_CHARS) {
                if (quoted.length() < QUOTE_CHARS / 2) {
                    // A long paragraph (a list, a table) early on: as many of its lines as fit.
                    for (String line : paragraph.split("\n")) {
                        if (quoted.length() + line.length() > QUOTE_CHARS) {
                            break;
                        }
                        quoted.append(line).append('\n');
                    }
                }
                return quoted.isEmpty() ? paragraph.substring(0, QUOTE_CHARS) + " …" : quoted.toString().strip() + "\n\n…";
            }
            quoted.append(paragraph).append("\n\n");
        }
        return quoted.toString().strip();
    }

    /** Pieces of a few words each, keeping the whitespace, as a model's tokens would arrive. */
    private static List<String> pieces(String text) {
        List<String> pieces = new ArrayList<>();
        int start = 0;
        int words = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i)) && ++words % 4 == 0) {
                pieces.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        pieces.add(text.substring(start));
        return pieces;
    }

    private boolean pause() {
        try {
            Thread.sleep(settings.chunkDelay());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
