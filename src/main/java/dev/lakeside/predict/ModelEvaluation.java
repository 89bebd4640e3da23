package dev.lakeside.predict;

import java.util.Arrays;
import java.util.Comparator;

/**
 * How well a model did on rows it was not trained on.
 *
 * @param rows     held-out rows
 * @param auc      area under the ROC curve: the chance a churner is scored above a stayer
 * @param accuracy share of rows predicted right at the 50% threshold
 * @param baseRate accuracy of always answering the majority outcome, the bar a model must beat
 */
record ModelEvaluation(int rows, double auc, double accuracy, double baseRate) {

    static ModelEvaluation of(double[] probabilities, boolean[] outcomes) {
        int n = probabilities.length;
        int positives = 0;
        int correct = 0;
        for (int i = 0; i < n; i++) {
            positives += outcomes[i] ? 1 : 0;
            correct += (probabilities[i] >= 0.5) == outcomes[i] ? 1 : 0;
        }
        double majority = Math.max(positives, n - positives) / (double) n;
        return new ModelEvaluation(n, auc(probabilities, outcomes, positives), correct / (double) n, majority);
    }

    /** The Mann-Whitney form: average rank of the positives, ties sharing their mean rank. */
    static double auc(double[] probabilities, boolean[] outcomes, int positives) {
        int n = probabilities.length;
        int negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        Integer[] order = new Integer[n];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble(i -> probabilities[i]));
        double positiveRankSum = 0;
        for (int start = 0; start < n; ) {
            int end = start;
            while (end + 1 < n && probabilities[order[end + 1]] == probabilities[order[start]]) {
                end++;
            }
            double meanRank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                positiveRankSum += outcomes[order[k]] ? meanRank : 0;
            }
            start = end + 1;
        }
        return (positiveRankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
    }
}
