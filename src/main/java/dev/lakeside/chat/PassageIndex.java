package dev.lakeside.chat;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An in-memory Lucene index of {@link Passage}s, searched with BM25 (Lucene's default similarity).
 * Text goes through the EnglishAnalyzer (lower case, stop words, Porter stems), so "stays" finds
 * "stay". Headings count twice as much as body text. Immutable once built; safe to share.
 */
final class PassageIndex {

    /** A passage found for a question, with its BM25 score. */
    record Hit(Passage passage, float score) {
    }

    private final Analyzer analyzer = new EnglishAnalyzer();
    private final List<Passage> passages;
    private final IndexSearcher searcher;

    PassageIndex(List<Passage> passages) {
        this.passages = List.copyOf(passages);
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < this.passages.size(); i++) {
                Passage passage = this.passages.get(i);
                Document doc = new Document();
                doc.add(new StoredField("ordinal", i));
                doc.add(new TextField("title", passage.title(), Field.Store.NO));
                doc.add(new TextField("body", passage.text(), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the chat's passage index", e);
        }
    }

    /** The best {@code limit} passages for the question, best first; empty when no word matches. */
    List<Hit> search(String question, int limit) {
        Set<String> terms = terms(question);
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(new TermQuery(new Term("body", term)), BooleanClause.Occur.SHOULD);
            query.add(new BoostQuery(new TermQuery(new Term("title", term)), 2f), BooleanClause.Occur.SHOULD);
        }
        try {
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc found : searcher.search(query.build(), limit).scoreDocs) {
                int ordinal = searcher.storedFields().document(found.doc).getField("ordinal").numericValue().intValue();
                hits.add(new Hit(passages.get(ordinal), found.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not search the chat's passage index", e);
        }
    }

    private Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && terms.size() < 64) {
                terms.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
