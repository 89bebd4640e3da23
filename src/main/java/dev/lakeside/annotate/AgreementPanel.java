package dev.lakeside.annotate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import java.util.OptionalDouble;

/** The agreement figures of a task, as a row of labelled numbers. */
class AgreementPanel extends FlexLayout {

    AgreementPanel() {
        addClassName("annotate-agreement");
        setFlexWrap(FlexWrap.WRAP);
    }

    void show(Agreement.Report report) {
        removeAll();
        add(metric("items-compared", "Items with 2+ labels", Integer.toString(report.items())),
                metric("annotators", "Annotators", Integer.toString(report.annotators())),
                metric("percent-agreement", "Raw agreement", percent(report.percentAgreement())),
                metric("cohens-kappa", "Cohen's kappa", kappa(report.cohensKappa())),
                metric("fleiss-kappa", "Fleiss' kappa", kappa(report.fleissKappa())));
    }

    private static Div metric(String id, String caption, String value) {
        Span number = new Span(value);
        number.setId(id);
        number.addClassName("annotate-metric-value");
        Span label = new Span(caption);
        label.addClassName("lakeside-hint");
        Div metric = new Div(number, label);
        metric.addClassName("annotate-metric");
        return metric;
    }

    private static String percent(OptionalDouble value) {
        return value.isPresent() ? String.format(java.util.Locale.ROOT, "%.1f%%", 100 * value.getAsDouble()) : "n/a";
    }

    private static String kappa(OptionalDouble value) {
        return value.isPresent() ? String.format(java.util.Locale.ROOT, "%.3f", value.getAsDouble()) : "n/a";
    }
}
