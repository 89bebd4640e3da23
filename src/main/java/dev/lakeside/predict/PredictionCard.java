package dev.lakeside.predict;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.Locale;

/** The answer for one customer: the risk band in its colour and words, the probability, the yes/no. */
class PredictionCard extends Div {

    PredictionCard() {
        addClassName("predict-result");
        setVisible(false);
    }

    void show(Prediction prediction) {
        removeAll();
        RiskBand band = prediction.band();
        Span badge = new Span(band.title());
        badge.addClassNames("predict-band", "predict-band-" + band.name().toLowerCase(Locale.ROOT));
        Span probability = new Span(String.format(Locale.ROOT, "%.1f%% churn probability", 100 * prediction.probability()));
        probability.addClassName("predict-probability");
        Span verdict = new Span("Churn prediction: " + (prediction.churns() ? "Yes" : "No"));
        Span recommendation = new Span(band.recommendation());
        recommendation.addClassName("predict-recommendation");
        add(badge, probability, verdict, recommendation);
        setVisible(true);
    }

    void showProblem(String message) {
        removeAll();
        Span problem = new Span(message);
        problem.addClassName("predict-problem");
        add(problem);
        setVisible(true);
    }
}
