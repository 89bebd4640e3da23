package dev.lakeside.predict;

/**
 * One scored row.
 *
 * @param probability the churn probability, 0 to 1
 * @param band        its risk band
 */
public record Prediction(double probability, RiskBand band) {

    static Prediction of(double probability) {
        return new Prediction(probability, RiskBand.of(probability));
    }

    /** The seed's "Churn Prediction" answer: yes at 50% or above. */
    public boolean churns() {
        return probability >= 0.5;
    }
}
