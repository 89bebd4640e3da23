package dev.lakeside.chat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Cuts the project's Markdown documents into passages: one per section (a heading and the text up
 * to the next heading), long sections further cut at blank lines. Headings inside fenced code
 * blocks (shell comments) are not headings.
 */
final class DocsPassages {

    static final int MAX_PASSAGE_CHARS = 1200;

    private DocsPassages() {
    }

    /** Every {@code *.md} file directly in {@code folder}, in name order; none when the folder is missing. */
    static List<Passage> read(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Passage> passages = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                passages.addAll(cut("docs/" + file.getFileName(), Files.readString(file)));
            }
            return passages;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the documents to index in " + folder, e);
        }
    }

    /** The passages of one document; {@code name} is how citations name it. */
    static List<Passage> cut(String name, String markdown) {
        List<Passage> passages = new ArrayList<>();
        String docTitle = name;
        String section = null;
        StringBuilder body = new StringBuilder();
        boolean inFence = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                inFence = !inFence;
            }
            if (!inFence && line.matches("#{1,4} .*")) {
                add(passages, name, docTitle, section, body);
                String heading = line.replaceFirst("^#+ ", "").replace("`", "").strip();
                if (line.startsWith("# ")) {
                    docTitle = heading;
                    section = null;
                } else {
                    section = heading;
                }
                body.setLength(0);
                continue;
            }
            body.append(line).append('\n');
        }
        add(passages, name, docTitle, section, body);
        return passages;
    }

    private static void add(List<Passage> passages, String name, String docTitle, String section, StringBuilder body) {
        String source = section == null ? name : name + " § " + section;
        String title = section == null ? docTitle : docTitle + " › " + section;
        StringBuilder chunk = new StringBuilder();
        for (String paragraph : body.toString().split("\n\\s*\n")) {
            if (chunk.length() > 0 && chunk.length() + paragraph.length() > MAX_PASSAGE_CHARS) {
                passages.add(new Passage(source, title, chunk.toString().strip()));
                chunk.setLength(0);
            }
            chunk.append(paragraph.strip()).append("\n\n");
        }
        if (!chunk.toString().isBlank()) {
            passages.add(new Passage(source, title, chunk.toString().strip()));
        }
    }
}
