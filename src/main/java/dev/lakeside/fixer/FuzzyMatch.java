package dev.lakeside.fixer;

import dev.lakeside.editor.Spelling;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the one country a garbled spelling most likely means: an abbreviation that keeps the
 * first letter and the order of letters ("plnd" in "poland"), or a name at most two typing
 * mistakes away. Nothing when two countries fit equally well.
 */
final class FuzzyMatch {

    private FuzzyMatch() {
    }

    static Optional<String> best(String typed, Map<String, String> spellings) {
        if (typed.length() >= 3) {
            // The shortest name that abbreviates to the typed letters: "plnd" is Poland, not Pitcairn Islands.
            int shortest = Integer.MAX_VALUE;
            Set<String> abbreviated = new HashSet<>();
            for (Map.Entry<String, String> entry : spellings.entrySet()) {
                String spelling = entry.getKey();
                if (spelling.length() > typed.length() && spelling.charAt(0) == typed.charAt(0)
                        && isSubsequence(typed, spelling) && spelling.length() <= shortest) {
                    if (spelling.length() < shortest) {
                        shortest = spelling.length();
                        abbreviated.clear();
                    }
                    abbreviated.add(entry.getValue());
                }
            }
            if (abbreviated.size() == 1) {
                return Optional.of(abbreviated.iterator().next());
            }
        }
        if (typed.length() < 5) {
            return Optional.empty();
        }
        int bestDistance = 3;
        Set<String> best = new HashSet<>();
        for (Map.Entry<String, String> entry : spellings.entrySet()) {
            int distance = Spelling.distance(typed, entry.getKey());
            if (distance < bestDistance) {
                bestDistance = distance;
                best.clear();
            }
            if (distance == bestDistance) {
                best.add(entry.getValue());
            }
        }
        return best.size() == 1 ? Optional.of(best.iterator().next()) : Optional.empty();
    }

    private static boolean isSubsequence(String part, String whole) {
        int i = 0;
        for (int j = 0; j < whole.length() && i < part.length(); j++) {
            if (whole.charAt(j) == part.charAt(i)) {
                i++;
            }
        }
        return i == part.length();
    }
}
