package dev.lakeside.editor;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** How close two spellings are, for suggesting the allowed value an invalid one meant. */
public final class Spelling {

    private Spelling() {
    }

    /** The allowed value equal to the text ignoring case and spaces, else the only one within two typos. */
    static Optional<String> closest(String invalid, Set<String> allowed) {
        if (invalid == null || invalid.isBlank()) {
            return Optional.empty();
        }
        String simple = invalid.strip().toLowerCase(Locale.ROOT);
        Optional<String> same = allowed.stream().filter(a -> a.strip().toLowerCase(Locale.ROOT).equals(simple)).findFirst();
        if (same.isPresent() || simple.length() < 4) {
            return same;
        }
        int best = 3;
        String match = null;
        boolean tie = false;
        for (String candidate : allowed) {
            int d = distance(simple, candidate.toLowerCase(Locale.ROOT));
            if (d < best) {
                best = d;
                match = candidate;
                tie = false;
            } else if (d == best) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(match);
    }

    /** Levenshtein distance: insertions, deletions and substitutions needed to turn a into b. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
