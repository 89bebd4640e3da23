package dev.lakeside.reliability;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Text a hostile or careless user types, pastes or puts in a link: SQL injection, oversized
 * strings, Unicode tricks, control characters, absurd numbers, markup and script, path traversal.
 * Keyed by a short name so a failure says which payload broke what.
 */
final class HostileCorpus {

    private HostileCorpus() {
    }

    static final String ONE_MEGABYTE = "A".repeat(1_048_576);

    static Map<String, String> all() {
        Map<String, String> corpus = new LinkedHashMap<>(small());
        corpus.put("1 MB string", ONE_MEGABYTE);
        return corpus;
    }

    /** Everything but the 1 MB string, for inputs fed many times. */
    static Map<String, String> small() {
        Map<String, String> corpus = new LinkedHashMap<>();
        corpus.put("sql drop", "'; DROP TABLE gold.sales; --");
        corpus.put("sql tautology", "' OR '1'='1");
        corpus.put("sql delete", "\"); DELETE FROM gold.suppliers; --");
        corpus.put("sql stacked copy", "x'); COPY gold.suppliers TO 'leak.csv'; --");
        corpus.put("sql attach", "1; ATTACH 'other.db' AS o; CREATE TABLE o.t AS SELECT 1; --");
        corpus.put("sql dollar quote", "$$; DROP SCHEMA gold CASCADE; $$");
        corpus.put("sql comment identifier", "region\" ; DROP TABLE gold.sales; --");
        corpus.put("rtl override", "abc\u202Egnp.exe\u202C");
        corpus.put("zero width", "Po\u200Bland\u200D\uFEFF");
        corpus.put("emoji", "😀👨‍👩‍👧‍👦🏳️‍🌈");
        corpus.put("combining", "Z\u0337\u0349\u0308a\u0338l\u0335g\u0336o\u0337");
        corpus.put("nul", "a\u0000b");
        corpus.put("control characters", "\u0001\u0007\u001B[31mred\r\n\t\u007F\u0085");
        corpus.put("lone surrogate", "x\uD800y");
        corpus.put("long number", "9".repeat(400));
        corpus.put("huge exponent", "-1e309");
        corpus.put("not a number", "NaN");
        corpus.put("hex number", "0x7FFFFFFF");
        corpus.put("script tag", "<script>alert(1)</script>");
        corpus.put("img onerror", "<img src=x onerror=alert(1)>");
        corpus.put("javascript url", "javascript:alert(1)");
        corpus.put("template", "{{7*7}}${7*7}#{7*7}");
        corpus.put("path traversal", "../../../../etc/passwd");
        corpus.put("percent encoded", "%27%20OR%201%3D1%00");
        return corpus;
    }
}
