package dev.lakeside.predict;

import java.util.List;

/** The inputs of seed 002's churn predictor, as application.properties configures them. */
final class PredictFixtures {

    private PredictFixtures() {
    }

    static List<InputField> churnInputs() {
        return List.of(new InputField("age", "Customer age", InputField.Type.INTEGER, 18, 100),
                new InputField("tenure", "Tenure (months)", InputField.Type.INTEGER, 0, 120),
                new InputField("monthly_charges", "Monthly charges ($)", InputField.Type.DECIMAL, 0, 1000),
                new InputField("total_charges", "Total charges ($)", InputField.Type.DECIMAL, 0, 100000));
    }

    static PredictProperties properties() {
        return properties("churn-model");
    }

    static PredictProperties properties(String endpoint) {
        return new PredictProperties(endpoint, "probability", churnInputs(), "gold.customers", "churned",
                List.of("gold.customers"), "customer_id", "predictions", 500, 1_000_000);
    }
}
