package dev.lakeside.predict;

/**
 * The churn predictor's risk bands and recommendations, as seed 002 defines them: above 70% high,
 * above 40% medium, otherwise low.
 */
public enum RiskBand {
    HIGH("High risk", "Immediate intervention required"),
    MEDIUM("Medium risk", "Monitor and engage"),
    LOW("Low risk", "Standard retention program");

    private final String title;
    private final String recommendation;

    RiskBand(String title, String recommendation) {
        this.title = title;
        this.recommendation = recommendation;
    }

    public static RiskBand of(double probability) {
        if (probability > 0.7) {
            return HIGH;
        }
        return probability > 0.4 ? MEDIUM : LOW;
    }

    public String title() {
        return title;
    }

    public String recommendation() {
        return recommendation;
    }
}
