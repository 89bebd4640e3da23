package dev.lakeside.predict;

/**
 * Plain logistic regression: inputs standardised to mean 0 and deviation 1, weights fitted by full-batch
 * gradient descent on the log-loss with a little L2 regularisation. A few inputs and tens of thousands of
 * rows fit in well under a second, with no ML library to ship.
 */
final class LogisticRegression {

    private static final int ITERATIONS = 400;
    private static final double LEARNING_RATE = 0.5;
    private static final double L2 = 1e-4;

    private final double[] means;
    private final double[] deviations;
    private final double[] weights;
    private final double bias;

    private LogisticRegression(double[] means, double[] deviations, double[] weights, double bias) {
        this.means = means;
        this.deviations = deviations;
        this.weights = weights;
        this.bias = bias;
    }

    /** Fits a model to rows {@code x} (same length each) and outcomes {@code y}. */
    static LogisticRegression fit(double[][] x, boolean[] y) {
        if (x.length == 0 || x.length != y.length) {
            throw new IllegalArgumentException("Training needs rows and as many outcomes: " + x.length + ", " + y.length);
        }
        int n = x.length;
        int d = x[0].length;
        double[] means = new double[d];
        double[] deviations = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                means[j] += row[j] / n;
            }
        }
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                deviations[j] += (row[j] - means[j]) * (row[j] - means[j]) / n;
            }
        }
        for (int j = 0; j < d; j++) {
            // A constant input carries no information: dividing by 1 leaves it at 0 after centring.
            deviations[j] = deviations[j] > 0 ? Math.sqrt(deviations[j]) : 1;
        }
        double[][] z = new double[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                z[i][j] = (x[i][j] - means[j]) / deviations[j];
            }
        }
        double[] w = new double[d];
        double b = 0;
        double[] gradient = new double[d];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            java.util.Arrays.fill(gradient, 0);
            double gradientBias = 0;
            for (int i = 0; i < n; i++) {
                double error = sigmoid(b + dot(w, z[i])) - (y[i] ? 1 : 0);
                for (int j = 0; j < d; j++) {
                    gradient[j] += error * z[i][j];
                }
                gradientBias += error;
            }
            for (int j = 0; j < d; j++) {
                w[j] -= LEARNING_RATE * (gradient[j] / n + L2 * w[j]);
            }
            b -= LEARNING_RATE * gradientBias / n;
        }
        return new LogisticRegression(means, deviations, w, b);
    }

    /** The probability of the positive outcome for one row. */
    double probability(double[] row) {
        double logOdds = bias;
        for (int j = 0; j < weights.length; j++) {
            logOdds += weights[j] * (row[j] - means[j]) / deviations[j];
        }
        return sigmoid(logOdds);
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    private static double sigmoid(double t) {
        return 1 / (1 + Math.exp(-t));
    }
}
