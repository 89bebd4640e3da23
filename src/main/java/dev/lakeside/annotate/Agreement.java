package dev.lakeside.annotate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;

/**
 * Inter-annotator agreement over items labelled by more than one person: raw percent
 * agreement, Cohen's kappa when exactly two people labelled, Fleiss' kappa otherwise (over the
 * items with the most common number of labels, as Fleiss' formula needs the same number per item).
 */
final class Agreement {

    private Agreement() {
    }

    /** One label given to one item by one annotator. */
    record Rating(String item, String annotator, String label) {
    }

    /**
     * @param items           items with at least two labels
     * @param annotators      people who labelled them
     * @param percentAgreement share of those items where every label is the same
     * @param cohensKappa     for exactly two annotators, over the items both labelled
     * @param fleissKappa     over the items with the most common label count
     */
    record Report(int items, int annotators, OptionalDouble percentAgreement, OptionalDouble cohensKappa,
                  OptionalDouble fleissKappa) {
    }

    static Report of(List<Rating> ratings) {
        Map<String, Map<String, String>> byItem = new HashMap<>();
        for (Rating rating : ratings) {
            byItem.computeIfAbsent(rating.item(), k -> new HashMap<>()).put(rating.annotator(), rating.label());
        }
        byItem.values().removeIf(labels -> labels.size() < 2);
        Set<String> annotators = new TreeSet<>();
        byItem.values().forEach(labels -> annotators.addAll(labels.keySet()));
        if (byItem.isEmpty()) {
            return new Report(0, 0, OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.empty());
        }
        long unanimous = byItem.values().stream().filter(l -> l.values().stream().distinct().count() == 1).count();
        OptionalDouble percent = OptionalDouble.of((double) unanimous / byItem.size());
        OptionalDouble cohen = OptionalDouble.empty();
        if (annotators.size() == 2) {
            List<String> pair = List.copyOf(annotators);
            cohen = cohensKappa(byItem.values().stream()
                    .map(l -> new String[]{l.get(pair.get(0)), l.get(pair.get(1))}).toList());
        }
        return new Report(byItem.size(), annotators.size(), percent, cohen, fleissKappa(byItem));
    }

    /** Cohen's kappa: (observed - expected agreement) / (1 - expected), from pairs of labels. */
    static OptionalDouble cohensKappa(List<String[]> pairs) {
        int n = pairs.size();
        if (n == 0) {
            return OptionalDouble.empty();
        }
        Map<String, Integer> first = new HashMap<>();
        Map<String, Integer> second = new HashMap<>();
        int agreed = 0;
        for (String[] pair : pairs) {
            first.merge(pair[0], 1, Integer::sum);
            second.merge(pair[1], 1, Integer::sum);
            if (pair[0].equals(pair[1])) {
                agreed++;
            }
        }
        double observed = (double) agreed / n;
        double expected = 0;
        for (Map.Entry<String, Integer> entry : first.entrySet()) {
            expected += (entry.getValue() / (double) n) * (second.getOrDefault(entry.getKey(), 0) / (double) n);
        }
        return expected == 1 ? OptionalDouble.empty() : OptionalDouble.of((observed - expected) / (1 - expected));
    }

    /** Fleiss' kappa from a subjects x categories table of counts, every row summing to the same n. */
    static OptionalDouble fleissKappa(int[][] counts) {
        int subjects = counts.length;
        if (subjects == 0) {
            return OptionalDouble.empty();
        }
        int categories = counts[0].length;
        int raters = java.util.Arrays.stream(counts[0]).sum();
        if (raters < 2) {
            return OptionalDouble.empty();
        }
        double[] categoryTotals = new double[categories];
        double meanAgreement = 0;
        for (int[] row : counts) {
            double squares = 0;
            for (int j = 0; j < categories; j++) {
                categoryTotals[j] += row[j];
                squares += (double) row[j] * row[j];
            }
            meanAgreement += (squares - raters) / ((double) raters * (raters - 1));
        }
        meanAgreement /= subjects;
        double chance = 0;
        for (double total : categoryTotals) {
            double share = total / ((double) subjects * raters);
            chance += share * share;
        }
        return chance == 1 ? OptionalDouble.empty() : OptionalDouble.of((meanAgreement - chance) / (1 - chance));
    }

    private static OptionalDouble fleissKappa(Map<String, Map<String, String>> byItem) {
        Map<Integer, Long> sizes = new HashMap<>();
        byItem.values().forEach(l -> sizes.merge(l.size(), 1L, Long::sum));
        int raters = sizes.entrySet().stream().max(Map.Entry.<Integer, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        List<String> categories = byItem.values().stream().flatMap(l -> l.values().stream()).distinct().sorted().toList();
        int[][] counts = byItem.values().stream().filter(l -> l.size() == raters).map(l -> {
            int[] row = new int[categories.size()];
            l.values().forEach(label -> row[categories.indexOf(label)]++);
            return row;
        }).toArray(int[][]::new);
        return fleissKappa(counts);
    }
}
